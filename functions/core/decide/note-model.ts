/**
 * The second reader of the owner's note: a linear model over the note's letter sequences, trained on the
 * development half of the blind corpus (tools/train-note-model.ts writes note-model.json; the frozen test
 * half never trains it). The rules of reader.ts come first; this model is asked only when they understood
 * nothing of a note they could read (decide.ts), and it speaks only when it is confident.
 *
 * Features are those of a character n-gram TF-IDF ("char_wb" in scikit-learn's terms): each
 * whitespace-separated word of the lower-cased note, padded with a space on each side, gives its sequences of
 * 3 to 5 characters; a sequence counts 1 + ln(times seen), weighted by its inverse document frequency in the
 * training notes, and the vector is scaled to length 1. Letter sequences rather than words let one weight
 * cover a word's inflections and compounds ("insolv" in insolvent, Insolvenz, insolvência), which the
 * model needs in eight languages with 1,600 training notes.
 */
import data from './note-model.json' with { type: 'json' };
import type { ReasonCode } from './rules.js';
import type { Verdict } from './signals.js';

export const NGRAM = { min: 3, max: 5 } as const;

/**
 * Confidence the model needs before it changes anything. Where the rules read no reason from the note: a
 * decline at `decline`, a leading reason at `lead`, and, where they read nothing at all, a leading reason to
 * attend in place of their general one (the advice said when nothing specific was found) at `fillLead`. Where
 * the rules read a reason, and no instruction: a decline at `overruleDecline`, another leading reason to attend
 * at `lead`. `lead` was chosen on the development half with writers held out; `fillLead`, `decline` and
 * `overruleDecline` on development notes as the rules read them when those notes were new and the model read
 * them trained without their writer (tools/note-model-policy.ts; README, "A second reader: the note model").
 */
export const MODEL_THRESHOLDS = { decline: 0.7, lead: 0.7, fillLead: 0.4, overruleDecline: 0.9 } as const;

/** The model as stored: weights quantised to 8 bits per class, base64-encoded to keep the file small. */
export interface StoredNoteModel {
  /** sha256 of the development notes it was trained on (tools/train-note-model.ts checks it is current) */
  trainedOn: string;
  /** "verdict/lead" labels, one per row of weights */
  labels: string[];
  /** the n-grams, joined by "\n" */
  features: string;
  /** inverse document frequency per feature, as float32 little-endian in base64 */
  idf: string;
  /** per label: int8 weights in base64 and their scale */
  weights: { scale: number; values: string; bias: number }[];
}

export interface ModelReading {
  /** the probability that the owner would rather decline */
  decline: number;
  /** the most likely verdict and leading reason, and its probability */
  verdict: Verdict;
  lead: ReasonCode;
  confidence: number;
  /** the note's words that weighed most towards that label, in note order (at most three) */
  words: string[];
  /** the likeliest leading reason to attend, its probability and its words (the same as above when that label is an attend) */
  attend: { lead: ReasonCode; confidence: number; words: string[] };
}

/** The character n-grams of one text, as scikit-learn's char_wb analyzer forms them. */
export function ngrams(text: string): string[] {
  const out: string[] = [];
  for (const word of text.toLowerCase().split(/\s+/u).filter(Boolean)) {
    const chars = Array.from(` ${word} `);
    for (let n = NGRAM.min; n <= NGRAM.max; n++) {
      if (chars.length <= n) {
        out.push(chars.join(''));
        break;
      }
      for (let i = 0; i + n <= chars.length; i++) out.push(chars.slice(i, i + n).join(''));
    }
  }
  return out;
}

/** Sparse TF-IDF vector of a text: feature index → weight, scaled to unit length. */
export function vectorise(text: string, index: ReadonlyMap<string, number>, idf: ArrayLike<number>): Map<number, number> {
  const counts = new Map<number, number>();
  for (const gram of ngrams(text)) {
    const i = index.get(gram);
    if (i !== undefined) counts.set(i, (counts.get(i) ?? 0) + 1);
  }
  let norm = 0;
  for (const [i, tf] of counts) {
    const w = (1 + Math.log(tf)) * idf[i]!;
    counts.set(i, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [i, w] of counts) counts.set(i, w / norm);
  return counts;
}

export function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const e = scores.map((s) => Math.exp(s - top));
  const sum = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / sum);
}

interface LoadedModel {
  labels: { verdict: Verdict; lead: ReasonCode }[];
  features: string[];
  index: Map<string, number>;
  idf: Float32Array;
  weights: Float32Array[];
  bias: number[];
}

let loaded: LoadedModel | null = null;

export function loadModel(stored: StoredNoteModel = data as StoredNoteModel): LoadedModel {
  const features = stored.features.split('\n');
  const bytes = (b64: string) => Buffer.from(b64, 'base64');
  const idfBytes = bytes(stored.idf);
  return {
    labels: stored.labels.map((l) => {
      const [verdict, lead] = l.split('/') as [Verdict, ReasonCode];
      return { verdict, lead };
    }),
    features,
    index: new Map(features.map((f, i) => [f, i])),
    idf: new Float32Array(idfBytes.buffer.slice(idfBytes.byteOffset, idfBytes.byteOffset + idfBytes.byteLength)),
    weights: stored.weights.map((w) => Float32Array.from(new Int8Array(bytes(w.values)), (q) => q * w.scale)),
    bias: stored.weights.map((w) => w.bias),
  };
}

/** What the model reads in a note; null for an empty note or one with none of its n-grams. */
export function readByModel(note: string, model: LoadedModel = (loaded ??= loadModel())): ModelReading | null {
  const x = vectorise(note, model.index, model.idf);
  if (x.size === 0) return null;
  const scores = model.weights.map((w, c) => {
    let s = model.bias[c]!;
    for (const [i, v] of x) s += w[i]! * v;
    return s;
  });
  const p = softmax(scores);
  const best = p.indexOf(Math.max(...p));
  const label = model.labels[best]!;
  const decline = p.reduce((sum, pc, c) => sum + (model.labels[c]!.verdict === 'decline' ? pc : 0), 0);
  const words = weightiestWords(note, x, model, best);
  const bestAttend = p.reduce((b, pc, c) => (model.labels[c]!.verdict === 'attend' && (b < 0 || pc > p[b]!) ? c : b), -1);
  const attend =
    bestAttend === best || bestAttend < 0
      ? { lead: label.lead, confidence: p[best]!, words }
      : { lead: model.labels[bestAttend]!.lead, confidence: p[bestAttend]!, words: weightiestWords(note, x, model, bestAttend) };
  return { decline, verdict: label.verdict, lead: label.lead, confidence: p[best]!, words, attend };
}

/** The inverse document frequency of an n-gram in about one training note in ten (ln 10 + 1). */
const COMMON_IDF = Math.log(10) + 1;

/** The note's words whose n-grams pushed most towards label `c` over the average label: the evidence. */
function weightiestWords(note: string, x: Map<number, number>, model: LoadedModel, c: number): string[] {
  const pull = (i: number) => model.weights[c]![i]! - model.weights.reduce((s, w) => s + w[i]!, 0) / model.weights.length;
  const words = note.split(/\s+/u).filter(Boolean);
  const scored = words.map((word, at) => {
    let sum = 0;
    let rarest = 0;
    for (const gram of new Set(ngrams(word))) {
      const i = model.index.get(gram);
      if (i === undefined || !x.has(i)) continue;
      sum += pull(i) * x.get(i)!;
      rarest = Math.max(rarest, model.idf[i]!);
    }
    return { word: word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''), at, sum, rarest };
  });
  const seen = new Set<string>();
  // Words every kind of note uses ("this", "the", "mir") say nothing of the label: a word shows only when
  // one of its n-grams is in fewer than about one note in ten of the training set.
  return scored
    .filter((s) => s.sum > 0 && Array.from(s.word).length > 3 && s.rarest >= COMMON_IDF)
    .sort((a, b) => b.sum - a.sum)
    .filter((s) => !seen.has(s.word.toLowerCase()) && seen.add(s.word.toLowerCase()))
    .slice(0, 3)
    .sort((a, b) => a.at - b.at)
    .map((s) => s.word);
}
