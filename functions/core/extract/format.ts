/**
 * How the interview takes place: video, phone, onsite, or unknown. A meeting link says video; else the
 * format the mail names outright ("phone screen", "entretien en visio", "Vorstellungsgespräch vor Ort");
 * else the words that imply one ("at our office", "we will call you"), and a street address with no
 * call or video words says onsite.
 *
 * Words about another occasion are no evidence: a call that already happened ("thanks for speaking with
 * us on the phone last week"), a later stage ("if it goes well, the next round is at our office"), and
 * the phone offered for questions, delays, confirming or calling off ("call me if you are running late", "en cas
 * d'empêchement, informez-nous par téléphone", "confirme a sua presença por e-mail ou telefone").
 */

export type InterviewFormat = 'video' | 'phone' | 'onsite' | 'unknown';

// (The word lists are bounded by Latin letters, never JS's ASCII-only \b, which fails beside an accented letter ("passar cá",
// "à nos bureaux") and matched inside a word before one; a Japanese particle after a name is a boundary: "Google Meetで".)

const ONSITE = /(?<![\p{Script=Latin}\p{N}_])(?:on-?site|in[- ]person|face[- ]to[- ]face|(?:at|in|to|into|visit|tour of) (?:our|the) (?:(?:new|main|head|global|regional|local|[\p{Lu}][\p{L}-]*) ){0,2}(?:office|offices|headquarters|hq|studio|store|shop|showroom|branch|clinic|hospital|warehouse|plant|site|location|depot|campus|hub|premises|factory|lab|labs|distribution cent(?:re|er)|restaurant|hotel|workshop|yard|mill|facility|building)|come (?:in|by|over|down|to our|to the office|and meet|and see)|stop by|drop by|pop (?:in|by)|swing by|meet you at|meet (?:you )?in person|visit (?:us|our office)|our address|assessment cent(?:re|er)|selection day|please bring (?:a |your )?(?:photo )?ID|check in at (?:the )?(?:front desk|reception|security)|ask for me at reception|sign in at (?:the )?(?:front desk|reception)|visitor (?:badge|parking|pass)|dans nos (?:locaux|bureaux)|à nos bureaux|dans notre (?:agence|bureau|boutique|magasin|usine|entrepôt|restaurant)|au siège|sur place|en présentiel|présentiel|venir (?:nous )?(?:rencontrer|voir)|à l['’]accueil|vor ort|persönlich\p{L}*|bei uns im (?:Haus|Büro)|in unser(?:em|e|en)? (?:Büro|Büros|Räumlichkeiten|Office|Firmensitz|Zentrale|Niederlassung|Standort|Werk|Lager|Filiale|Geschäftsstelle)|an unserem (?:Hauptsitz|Standort)|am Empfang|an der Rezeption|en persona|en nuestras oficinas|en nuestra (?:oficina|sede|tienda|planta|nave|fábrica)|en la oficina|presencial|di persona|in presenza|presso (?:la|il|i|lo) (?:nostr[aoi] )?(?:sede|ufficio|uffici|stabilimento|magazzino|negozio|filiale)|nella nostra sede|in sede|op (?:ons|ons kantoor|locatie)|op kantoor|bij ons op kantoor|langskomen|kom (?:maar |even |gerust )?langs|bij ons in de (?:winkel|zaak|praktijk|werkplaats)|chez nous|(?:passez|venez|passe|viens) (?:nous voir|au magasin|à la boutique|au restaurant|à l['’]atelier|au garage)|da noi|in (?:albergo|negozio|officina|bottega)|bei uns (?:vorbei|im (?:Laden|Geschäft|Betrieb|Restaurant|Hotel|Café))|(?:kommen Sie|komm) (?:\p{L}+ )?vorbei|vorbeikommen|pásate por|pasarte por|ven a vernos|venir a vernos|en nuestr[oa] (?:taller|local|restaurante|hotel|estudio|clínica|tienda)|passa(?:r)? (?:cá|aqui|pela (?:loja|oficina))|(?:vir|venha|vem|passar|passe|dar um (?:pulo|salto)) (?:cá |aqui |até )?(?:na|à|a|pela|pelo|ao) (?:nossa |nosso )?(?:loja|oficina|padaria|pastelaria|clínica|escola|quinta|adega|pousada|hotel|restaurante|café|escritório|consultório)|aqui n[ao] (?:loja|oficina|padaria|pastelaria|clínica|escola|quinta|adega|pousada|hotel|restaurante|café|escritório|consultório)|(?:venir|vente|ven|venga|pasar|pásate|pasa|pase) (?:aquí )?(?:a|por) (?:la|el|nuestra|nuestro) (?:tienda|taller|local|bodega|clínica|escuela|academia|hotel|oficina|panadería|restaurante|bar|estudio)|aquí en (?:la|el) (?:tienda|taller|local|bodega|clínica|escuela|academia|hotel|panadería|restaurante|bar|estudio)|(?:venir|passer|venez|passez|viens|passe) (?:à l['’]|au |à la |chez )(?:boutique|magasin|atelier|cave|domaine|clinique|école|cabinet|hôtel|boulangerie|restaurant|agence|bureau)|here at the (?:shop|store|bakery|salon|clinic|practice|hotel|school|winery|garage|caf[eé]|pub|restaurant|workshop|office|surgery)|na nossa (?:loja|oficina|clínica)|u nas (?:w|na)|do nas|presencialmente|na nossa (?:sede|loja|fábrica|unidade)|no nosso escritório|nos nossos escritórios|em nossas instalações|n(?:as|uma das) nossas instalações|nos nossos (?:escritórios|armazéns|serviços centrais)|no nosso (?:armazém|centro|espaço|polo)|w (?:naszym )?biurze|w siedzibie|do (?:naszego )?biura|osobiście|stacjonarn\p{L}*)(?![\p{Script=Latin}\p{N}_])|来社|本社|弊社オフィス|お越しください|受付|対面/iu;
const PHONE = /(?<![\p{Script=Latin}\p{N}_])(?:phone (?:call|screen|interview|conversation|chat)|by phone|over the phone|on the phone|telephone|call you (?:at|on)|will call you|give you a call|ring you|ring your (?:mobile|phone|cell|number)|call your mobile|t[ée]l[ée]phon(?!iste|e ?:)\p{L}*|telefon(?!verkauf|vertrieb|akquise|marketing|nummer|number|zentrale|service|support|sales|ist|ie\b)\p{L}*|telef[óo]nic\p{L}*|llamada|llamar\p{L}*|por tel[ée]fono|te llamar[ée]|telefonata|telefonisch|telefoongesprek|bel je|belt (?:je|u)|bellen (?:je|u)|bel ik je|op je mobiele? (?:nummer)?|ti chiamer\p{L}*|la chiamer\p{L}*|chiamata telefonica|al (?:tuo|suo) (?:numero di )?cellulare|ligação|por telefone|ligo para|ligar-(?:lhe|te)|(?:vou|vamos) ligar|para o seu telemóvel|para o seu celular|zadzwoni\p{L}*|anrufen|ruft Sie)(?![\p{Script=Latin}\p{N}_])|電話/iu;
const VIDEO = /(?<![\p{Script=Latin}\p{N}_])(?:v[íi]deo|zoom|google meet|microsoft teams|teams(?:-Besprechung| meeting| call|-Meeting)?|webex|whereby|visio\p{L}*|videollamada|videoconferencia|videochiamata|videogesprek|videochamada|videocall|Videointerview|Videogespräch|Video-Call|wideo\p{L}*|online|virtual|virtuel\p{L}*)(?![\p{Script=Latin}\p{N}_])|オンライン|ビデオ/iu;

/**
 * The interview said to be remote as a predicate ("the interview will be remote", "das Gespräch findet online
 * statt", "l'entretien se déroulera à distance", "la entrevista será virtual", "il colloquio si terrà da remoto",
 * "het gesprek is online", "a entrevista será online", "rozmowa odbędzie się zdalnie"): named as outright as
 * "video interview", whatever the role's own place ("the role is hybrid, in our Gdańsk hub").
 */
const SAID_REMOTE = String.raw`(?:interview|call|meeting|conversation|chat|screen)s? (?:will|would|is going to|shall|is|are|can)(?: (?:be|take place|be held|be conducted|run|happen))?(?: (?:entirely|fully|all|completely))? (?:remote(?:ly)?|online|virtual(?:ly)?|(?:by|via|over|on) (?:video|Teams|Zoom|Google Meet|Webex))\b|(?:Gespräch|Interview|Termin)\p{L}* (?:findet|wird|ist)(?: \p{L}+){0,2} (?:online|virtuell|per Video|remote|über (?:Teams|Zoom))|entretien (?:se (?:déroulera|fera|tiendra|passera)|aura lieu|sera) (?:\p{L}+ )?(?:à distance|en visio\p{L}*|en ligne|par (?:vidéo|visio\p{L}*|Teams|Zoom))|(?:entrevista|reunión|llamada) (?:será|se (?:hará|realizará|llevará a cabo)|es) (?:\p{L}+ )?(?:online|en línea|virtual|remota|por (?:videollamada|Teams|Zoom))|(?:colloquio|incontro) (?:si (?:terrà|svolgerà|farà)|sarà) (?:\p{L}+ )?(?:online|da remoto|in videochiamata|su (?:Teams|Zoom))|gesprek (?:is|wordt|vindt)(?: \p{L}+){0,2} (?:online|op afstand|via (?:video|Teams|Zoom))|(?:entrevista|conversa|reunião) (?:será|vai ser|decorrerá|realiza-se|acontece) (?:\p{L}+ )?(?:online|remota|à distância|por (?:vídeo|videochamada|Teams|Zoom))|rozmowa (?:odbędzie się|będzie) (?:\p{L}+ )?(?:online|zdalnie|zdalna|przez (?:Teams|Zoom))|(?:interview|call|conversation|chat|Gespräch|Interview|entretien|échange|entrevista|llamada|conversación|colloquio|chiamata|gesprek|kennismaking|conversa|rozmow\p{L}*)(?: \p{L}+){0,4} (?:via|over|on|by|przez|per|über|par|sur|su|por|pelo|em|op) (?:Microsoft |MS )?(?:Teams|Zoom|Google Meet|Webex|Skype)\b`;

/** The same, said to be by phone ("the interview will be by phone", "das Gespräch findet telefonisch statt", …). */
const SAID_PHONE = String.raw`(?:interview|call|conversation|chat|screen)s? (?:will|would|is going to|shall|is|are|can)(?: (?:be|take place|be held|be conducted|happen))? (?:by|over the|on the|via) (?:tele)?phone\b|(?:Gespräch|Interview|Termin)\p{L}* (?:findet|wird|ist)(?: \p{L}+){0,2} (?:telefonisch|per Telefon|am Telefon)|entretien (?:se (?:déroulera|fera|tiendra|passera)|aura lieu|sera) (?:\p{L}+ )?(?:par téléphone|au téléphone|téléphonique)|(?:entrevista|conversación|llamada) (?:será|se (?:hará|realizará|llevará a cabo)|es) (?:\p{L}+ )?(?:telefónica|por teléfono)|(?:colloquio|incontro) (?:si (?:terrà|svolgerà|farà)|sarà) (?:\p{L}+ )?(?:telefonico|telefonicamente|al telefono|per telefono)|gesprek (?:is|wordt|vindt)(?: \p{L}+){0,2} (?:telefonisch|via de telefoon|per telefoon)|(?:entrevista|conversa) (?:será|vai ser|decorrerá|realiza-se|acontece) (?:\p{L}+ )?(?:por telefone|telefónica|telefônica|ao telefone)|rozmowa (?:odbędzie się|będzie) (?:\p{L}+ )?(?:telefonicznie|telefoniczna|przez telefon)`;

/** The interview's format named outright. */
const NAMED: [Exclude<InterviewFormat, 'unknown'>, RegExp][] = [
  ['phone', new RegExp(String.raw`\b(?:phone|telephone) (?:screen\w*|interview|call|conversation|chat)|entretien téléphonique|échange téléphonique|Telefon(?:interview|gespräch|termin|at)\b|telefonische[sn]? (?:Interview|Gespräch|Erstgespräch|Vorstellungsgespräch)|entrevista telef[óô]nica|llamada telefónica|colloquio telefonico|telefonisch (?:gesprek|interview)|telefoongesprek|entrevista por telefone|rozmow[aęy] telefoniczn\w*|電話面接|${SAID_PHONE}`, 'iu')],
  ['video', new RegExp(String.raw`\b(?:video|virtual|online|remote) (?:interview|call|meeting|conference|chat)|entretien (?:en )?(?:visio\w*|vidéo|à distance)|visioconférence|Video(?:interview|gespräch|call|-Call|-Interview|konferenz)|Online-(?:Interview|Gespräch|Meeting)|entrevista (?:virtual|en línea|online|por v[íi]deo|remota)|videollamada|videochiamata|colloquio (?:online|in video|virtuale|da remoto)|videogesprek|online gesprek|videochamada|rozmow[aęy] (?:online|wideo)|オンライン面接|Web面接|ビデオ面接|${SAID_REMOTE}`, 'iu')],
  ['onsite', /\b(?:on-?site|in[- ]person|face[- ]to[- ]face) (?:interview|meeting|visit|round|conversation|assessment)|entretien (?:en présentiel|sur place|dans nos locaux)|persönliche[sn]? (?:Gespräch|Vorstellungsgespräch|Kennenlernen|Interview)|Vorstellungsgespräch vor Ort|entrevista presencial|colloquio (?:in presenza|di persona|in sede)|persoonlijk gesprek|gesprek op (?:ons )?kantoor|rozmow[aęy] (?:w biurze|stacjonarn\w*|osobist\w*)|対面面接|来社面接/iu],
];

/** A sentence about a call or visit that already happened. */
export const PAST = /\b(?:thank(?:s| you)(?: so much| again| very much)? for|enjoyed|(?:great|nice|good|lovely) (?:speaking|talking|chatting|to speak|to talk|to chat)|following (?:our|your|the)|after (?:our|your|the)|since (?:our|we)|last (?:week|time|month)|yesterday|earlier (?:today|this week)|the other day|before (?:Christmas|the holidays|the weekend)|as (?:discussed|promised)|merci (?:pour|de)|suite à|la semaine dernière|hier|(?:vielen )?dank (?:für|f[üu]r)|nach unserem|letzte Woche|gestern|gracias por|tras (?:nuestra|la)|la semana pasada|ayer|grazie (?:per|della)|a seguito d|la settimana scorsa|ieri|bedankt voor|na (?:ons|het) (?:gesprek|telefoongesprek)|vorige week|gisteren|obrigad[oa] pel[oa]|após (?:a|o|nossa)|semana passada|ontem|dzi[eę]kuj\p{L}* za|po (?:naszej )?rozmowie|w zeszłym tygodniu|wczoraj|wie (?:\p{L}+ ){0,3}(?:besprochen|vereinbart|abgesprochen)|comme (?:convenu|évoqué|discuté|nous en avons (?:parlé|discuté))|(?:tal )?como (?:hemos )?(?:hablado|hablamos|acordado|acordamos|comentado|combinado|conversado|falado|falámos|falamos)|según lo (?:hablado|acordado)|conforme (?:combinado|conversado|falado)|come (?:da accordi|d['’]accordo|discusso|anticipato)|zoals (?:\p{L}+ ){0,2}(?:besproken|afgesproken)|zgodnie z (?:naszą )?rozmową|jak (?:rozmawialiśmy|ustaliliśmy)|we spoke|we talked|on s['’]est parlé|nous nous sommes parlé|comme (?:on (?:a|l['’]a) dit|on s['’]est dit|je (?:vous|te) (?:disais|l['’]ai dit))|wir (?:haben )?(?:telefoniert|gesprochen)|hablamos por|hemos hablado|abbiamo parlato|ci siamo sentit\p{L}*|we (?:hebben )?(?:elkaar )?(?:gesproken|gebeld)|falámos|conversamos|rozmawiali\p{L}*)|先日|先週|ありがとうございました/iu;
/** Where a sentence turns from the past to the invitation ("…, and we'd like to invite you to…"). */
export const INVITE_TURN = /\b(?:invite|we(?:['’]d| would) (?:like|love)|I(?:['’]d| would) (?:like|love)|pleased to|next step|(?:we|I) (?:propose|suggest)|einladen|möchten (?:wir|Sie)|schlagen? (?:wir|ich)|inviter|souhaiterions|aimerions|(?:je|nous) (?:vous|te) propos\p{L}*|invitar|nos gustaría|(?:te|le) propon\p{L}*|invitare|vorremmo|(?:le|ti) propon\p{L}*|uitnodigen|willen (?:we|wij)|stel(?:len)? (?:ik|we|wij) voor|convidar|gostaríamos|(?:lhe|te) propo\p{L}*|zaprosić|zaprasza\p{L}*|chcieli?by|proponuj\p{L}*)/iu;
/** A later stage, a condition away ("if it goes well, the final round is at our office"). */
const LATER = /\b(?:if (?:it|all|things|this|that) goes? well|should (?:it|this|things) go well|if successful|si (?:tout|cela|ça) se passe bien|en cas de succès|wenn (?:alles|es) (?:gut )?(?:passt|läuft)|bei Erfolg|si todo (?:va|sale) bien|se (?:tutto|andrà) (?:va )?bene|als (?:alles|het) goed (?:gaat|verloopt)|se (?:tudo )?correr bem|jeśli wszystko (?:pójdzie|będzie)|w kolejnym etapie)\b/iu;
/** The phone offered for questions, clarifications, contact or delays, not for the interview. */
const ASIDE = /\b(?:questions?|clarification|esclarecimento\w*|aclaraci[oó]n\w*|informaç\w*|dúvida|d[uú]vida|contactar|contacte\w*|contat(?:ar|e|ta|tare|ti)\w*|kontakt\w*|neem contact|running late|get lost|any (?:issues|problems|trouble)|reach me|call me|ring me|contact me|Fragen|erreichen Sie mich|rufen Sie (?:mich|uns) an|joindre|contactez|question|preguntas|llámame|llámanos|domande|contattarmi|chiamarmi|vragen|bel me|dúvidas|ligue|ligar-me|pytania|dzwoń|zadzwoń do mnie|reception|Empfang|accueil|recepción|portineria|receptie|recepção|recepcji|empêchement|empechement|imprévu|verhindert|Verhinderung\w*|impedimento|imprevisto|verhinderd|unable to (?:attend|make it|come)|cannot (?:attend|make it)|can['’]t make it|no (?:pod(?:er|rá|ra)) (?:asistir|acudir)|confirm\w*|bestätig\w*|bevestig\w*|conferm\w*|potwierdz\w*|cancel\w*|annul\w*|reschedul\w*|absagen|afzeggen|desmarcar)\b|お問い合わせ|ご連絡/iu;

function sentencesOf(text: string): string[] {
  return text.split(/\n+|(?<=[.!?。])\s+/u).filter((s) => s.trim().length > 0);
}

/** The sentences that speak of this interview: past ones cut to their invitation, if any; later stages dropped. */
function aboutThisInterview(text: string): string[] {
  const out: string[] = [];
  for (const sentence of sentencesOf(text)) {
    if (LATER.test(sentence)) continue;
    if (PAST.test(sentence)) {
      const turn = INVITE_TURN.exec(sentence);
      if (turn && turn.index > PAST.exec(sentence)!.index) out.push(sentence.slice(turn.index));
      continue;
    }
    out.push(sentence);
  }
  return out;
}

/**
 * The candidate's choice between the office and a call: "welkom op ons kantoor in Zwolle, maar het kan ook via Teams – wat
 * je wilt", "in person or on Zoom, whichever you prefer", "sur place ou en visio, comme vous préférez".
 */
const YOUR_CHOICE = /(?<![\p{L}])(?:wat (?:je|jij|u) (?:wil|wilt|het liefst|prefereert)|naar (?:je|jouw|uw) keuze|whichever (?:you prefer|suits you|works (?:best )?for you|is easier)|(?:as|whatever) you prefer|your (?:choice|call)|up to you|(?:comme|selon ce que) (?:vous|tu) (?:préférez|préfères|voulez|veux|le souhaitez)|à (?:votre|ta) convenance|au choix|(?:ganz )?(?:wie|was) (?:Sie|du) (?:möchten|möchtest|wollen|willst|bevorzugen)|(?:wie|was) (?:es )?(?:Ihnen|dir) lieber ist|como (?:prefieras|prefiera|prefiráis)|lo que (?:prefieras|prefiera)|a (?:tu|su) elección|come (?:preferisci|preferisce)|a (?:tua|sua) scelta|(?:o que|como) (?:preferir|prefira|preferires)|à (?:sua|tua) escolha|jak (?:wolisz|woli Pan(?:i)?|(?:Panu|Pani|ci) wygodniej)|do wyboru|if you(?:['’]d)? (?:prefer|rather)|if (?:it['’]s|it is) easier for you|si vous (?:le )?préférez|si tu (?:le )?préfères|si (?:c['’]est|cela vous est) plus (?:simple|pratique)|falls (?:Sie|du) (?:das )?lieber|wenn (?:Ihnen|dir) das lieber ist|si (?:lo )?prefieres|si (?:lo )?prefiere|si (?:te|le) (?:resulta|es|viene) más cómodo|se (?:preferisce|preferisci)|se (?:le|ti) è più comod[oa]|quale modalità (?:preferisce|preferisci)|als (?:je|u) dat liever (?:hebt|heeft|wilt|wil)|se preferir|caso prefira|jeśli (?:Pan|Pani) woli|jeśli wolisz)(?![\p{L}])/iu;

export function detectFormat(raw: string, meetingLink: string | null, address: boolean): InterviewFormat {
  if (meetingLink) return 'video';
  const sentences = aboutThisInterview(raw);
  // Onsite or by video as the candidate likes: no one format.
  if (sentences.some((s) => YOUR_CHOICE.test(s) && ONSITE.test(s) && (VIDEO.test(s) || PHONE.test(s)))) return 'unknown';
  const text = sentences.join('\n');
  const phoneText = sentences.filter((s) => !ASIDE.test(s) || /\b(?:phone|telephone) (?:screen|interview)|will call you|call you (?:at|on)/i.test(s)).join('\n');
  const named = NAMED.filter(([kind, pattern]) => pattern.test(kind === 'phone' ? phoneText : text)).map(([kind]) => kind);
  if (named.length === 1) return named[0]!;
  if (ONSITE.test(text)) return 'onsite';
  if (address && !VIDEO.test(text) && !PHONE.test(phoneText)) return 'onsite';
  if (PHONE.test(phoneText)) return 'phone';
  if (VIDEO.test(text)) return 'video';
  return 'unknown';
}
