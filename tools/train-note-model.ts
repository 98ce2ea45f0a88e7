/**
 * Trains the note model (functions/core/decide/note-model.ts) on the development half of the blind corpus
 * and writes functions/core/decide/note-model.json. The frozen test half is never read here.
 *
 *   npm run model:train          train on tests/corpus/dev/notes and write the model
 *   npm run model:train -- --cv  8-fold cross-validation with each writer's notes held out together: how
 *                                often the model alone is right, overall and above each confidence
 *
 * The model is a multinomial logistic regression (L2, C = 10, as scikit-learn's LogisticRegression) over
 * character 3- to 5-gram TF-IDF features (the 20,000 most frequent n-grams seen in at least 3 notes), one
 * class per "verdict/leading reason" label. It is fitted with full-batch Adam: npm has no maintained sparse
 * logistic regression, and the fit is small (1,700 notes, about 1 million non-zero features) and
 * deterministic (no random start, a fixed number of steps), so the same notes always give the same file.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadModel, MODEL_THRESHOLDS, ngrams, readByModel, softmax, vectorise, type StoredNoteModel } from '../functions/core/decide/note-model.js';
import { CORPUS } from './corpus-split.js';

export const MODEL_FILE = join(import.meta.dirname, '..', 'functions', 'core', 'decide', 'note-model.json');
const MAX_FEATURES = 20_000;
const MIN_DF = 3;
const C = 10;
const STEPS = 800;

interface TrainingNote {
  writer: string;
  note: string;
  label: string;
}

/** The development notes with a note, and the digest of the files they come from. */
export function trainingNotes(): { notes: TrainingNote[]; digest: string } {
  const folder = join(CORPUS, 'dev', 'notes');
  const hash = createHash('sha256');
  const notes: TrainingNote[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const text = readFileSync(join(folder, file), 'utf8');
    hash.update(`${file}\n${text}\n`);
    for (const item of JSON.parse(text) as { note: string | null; expected: { verdict: string; lead: string } }[]) {
      if (item.note?.trim()) notes.push({ writer: file.replace(/\.json$/, ''), note: item.note, label: `${item.expected.verdict}/${item.expected.lead}` });
    }
  }
  return { notes, digest: hash.digest('hex') };
}

interface Fitted {
  labels: string[];
  features: string[];
  idf: Float32Array;
  weights: Float64Array[];
  bias: number[];
}

export function fit(notes: readonly TrainingNote[]): Fitted {
  // Vocabulary: n-grams in at least MIN_DF notes, the MAX_FEATURES most frequent over the whole set.
  const df = new Map<string, number>();
  const total = new Map<string, number>();
  for (const { note } of notes) {
    const grams = ngrams(note);
    for (const g of grams) total.set(g, (total.get(g) ?? 0) + 1);
    for (const g of new Set(grams)) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const features = [...df]
    .filter(([, d]) => d >= MIN_DF)
    .map(([g]) => g)
    .sort((a, b) => total.get(b)! - total.get(a)! || (a < b ? -1 : 1))
    .slice(0, MAX_FEATURES)
    .sort();
  const index = new Map(features.map((f, i) => [f, i]));
  const n = notes.length;
  const idf = Float32Array.from(features, (f) => Math.log((1 + n) / (1 + df.get(f)!)) + 1);
  const xs = notes.map((t) => {
    const x = vectorise(t.note, index, idf);
    return { at: Int32Array.from(x.keys()), val: Float64Array.from(x.values()) };
  });
  const labels = [...new Set(notes.map((t) => t.label))].sort();
  const ys = notes.map((t) => labels.indexOf(t.label));
  const K = labels.length;
  const F = features.length;
  const weights = labels.map(() => new Float64Array(F));
  const bias = new Float64Array(K);
  // Adam on mean log-loss + |W|² / (2 C n), the intercept not penalised.
  const m = labels.map(() => new Float64Array(F));
  const v = labels.map(() => new Float64Array(F));
  const mb = new Float64Array(K);
  const vb = new Float64Array(K);
  const [rate, b1, b2, eps] = [0.05, 0.9, 0.999, 1e-8];
  for (let step = 1; step <= STEPS; step++) {
    const grads = labels.map((_, c) => Float64Array.from(weights[c]!, (w) => w / (C * n)));
    const gb = new Float64Array(K);
    xs.forEach(({ at, val }, i) => {
      const p = softmax(
        weights.map((w, c) => {
          let s = bias[c]!;
          for (let j = 0; j < at.length; j++) s += w[at[j]!]! * val[j]!;
          return s;
        }),
      );
      for (let c = 0; c < K; c++) {
        const d = (p[c]! - (ys[i] === c ? 1 : 0)) / n;
        gb[c]! += d;
        const g = grads[c]!;
        for (let j = 0; j < at.length; j++) g[at[j]!]! += d * val[j]!;
      }
    });
    const c1 = 1 - b1 ** step;
    const c2 = 1 - b2 ** step;
    for (let c = 0; c < K; c++) {
      const [w, g, mc, vc] = [weights[c]!, grads[c]!, m[c]!, v[c]!];
      for (let f = 0; f < F; f++) {
        mc[f] = b1 * mc[f]! + (1 - b1) * g[f]!;
        vc[f] = b2 * vc[f]! + (1 - b2) * g[f]! ** 2;
        w[f]! -= (rate * (mc[f]! / c1)) / (Math.sqrt(vc[f]! / c2) + eps);
      }
      mb[c] = b1 * mb[c]! + (1 - b1) * gb[c]!;
      vb[c] = b2 * vb[c]! + (1 - b2) * gb[c]! ** 2;
      bias[c]! -= (rate * (mb[c]! / c1)) / (Math.sqrt(vb[c]! / c2) + eps);
    }
  }
  return { labels, features, idf, weights, bias: [...bias] };
}

export function store(model: Fitted, trainedOn: string): StoredNoteModel {
  return {
    trainedOn,
    labels: model.labels,
    features: model.features.join('\n'),
    idf: Buffer.from(model.idf.buffer).toString('base64'),
    weights: model.weights.map((w, c) => {
      const scale = Math.max(...w.map(Math.abs)) / 127 || 1;
      const values = Int8Array.from(w, (x) => Math.round(x / scale));
      return { scale, values: Buffer.from(values.buffer).toString('base64'), bias: model.bias[c]! };
    }),
  };
}

/** The cross-validation fold (0–7) a writer's notes are held out in: the same for every run and every tool. */
export function writerFold(writer: string): number {
  return Number.parseInt(createHash('sha256').update(writer).digest('hex').slice(0, 8), 16) % 8;
}

function crossValidate(notes: readonly TrainingNote[]): void {
  const writers = [...new Set(notes.map((t) => t.writer))].sort();
  const fold = writerFold;
  const rows: { verdictOk: boolean; labelOk: boolean; decline: number; confidence: number; declined: boolean }[] = [];
  for (let k = 0; k < 8; k++) {
    const held = new Set(writers.filter((w) => fold(w) === k));
    // Scored as it ships: through the 8-bit stored weights and the reading side of note-model.ts.
    const model = loadModel(store(fit(notes.filter((t) => !held.has(t.writer))), 'cv'));
    for (const t of notes.filter((t) => held.has(t.writer))) {
      const got = readByModel(t.note, model) ?? { decline: 0, verdict: 'attend', lead: 'practice', confidence: 0 };
      const declined = got.decline >= 0.5;
      rows.push({ verdictOk: declined === t.label.startsWith('decline/'), labelOk: `${got.verdict}/${got.lead}` === t.label, decline: got.decline, confidence: got.confidence, declined: t.label.startsWith('decline/') });
    }
    process.stdout.write(`fold ${k + 1}/8: ${held.size} writers held out\n`);
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(b, 1)).toFixed(1)}% (${a}/${b})`;
  process.stdout.write(`verdict alone: ${pct(rows.filter((r) => r.verdictOk).length, rows.length)}; verdict and lead: ${pct(rows.filter((r) => r.labelOk).length, rows.length)}\n`);
  const sure = rows.filter((r) => r.decline >= MODEL_THRESHOLDS.decline);
  process.stdout.write(`"decline" at ≥ ${MODEL_THRESHOLDS.decline}: ${sure.length} notes, right on ${pct(sure.filter((r) => r.declined).length, sure.length)}\n`);
  const lead = rows.filter((r) => r.confidence >= MODEL_THRESHOLDS.lead);
  process.stdout.write(`a label at ≥ ${MODEL_THRESHOLDS.lead}: ${lead.length} notes, right on ${pct(lead.filter((r) => r.labelOk).length, lead.length)}\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { notes, digest } = trainingNotes();
  if (process.argv.includes('--cv')) crossValidate(notes);
  else {
    const model = fit(notes);
    writeFileSync(MODEL_FILE, `${JSON.stringify(store(model, digest))}\n`);
    process.stdout.write(`trained on ${notes.length} development notes (${model.labels.length} labels, ${model.features.length} n-grams); wrote ${MODEL_FILE}\n`);
  }
}
