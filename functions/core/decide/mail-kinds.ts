/**
 * What tells an interview invitation from other mail about a job (invitation.ts weighs them): the clues
 * for an invitation and the clues of another kind of mail, by concept and language (English, French,
 * German, Spanish, Italian, Dutch, Portuguese, Polish). Data only, written as concepts.ts writes them:
 * accent-folded, `~` for further letters, matched case-insensitively on word boundaries.
 *
 * No word here decides on its own: each concept is one clue with a weight, and the classifier adds them.
 */
import type { ByLanguage } from './concepts.js';

// ---------------------------------------------------------------------------------------------------
// Clues for an invitation

/** Interviewing: the noun and the verb, in compounds too ("Vorstellungsgespräch", "sollicitatiegesprek"). */
export const INTERVIEWING: ByLanguage = {
  // An assessment centre or a selection day is a stage of interviews on site (ASSESSMENT leaves it out), in whatever
  // language the mail names it: English "assessment center" in a French mail is read with the French.
  en: ['assessment[- ]?(?:cent(?:er|re)s?|days?)', 'selection day', 'interview~', 'phone screen~', 'screening call', 'hiring manager call', '(?:first|initial|phone|quick|recruiter) screen~', 'final round', 'second round', 'first round', 'next round', 'initial (?:call|chat|conversation)'],
  fr: ['entretien~', 'entrevue~', 'assessment[- ]?cent(?:er|re)', "centre d.evaluation", 'journee de (?:selection|recrutement)'],
  de: ['assessment[- ]?(?:cent(?:er|re)|tag)', 'auswahltag', '\\p{L}*gesprach~', 'interview~', 'auswahlverfahren', 'hearing', '\\p{L}+interview~'],
  es: ['entrevista~', 'entrevistar~', 'assessment[- ]?cent(?:er|re)', 'jornada de (?:seleccion|evaluacion)'],
  it: ['colloqui~', 'assessment[- ]?cent(?:er|re)', 'giornata di (?:selezione|valutazione)'],
  nl: ['assessment[- ]?(?:cent(?:er|re)|dag)', 'selectiedag', '\\p{L}*gesprek~', 'interview~', '\\p{L}+interview~', 'intake(?:gesprek)?~'],
  pt: ['entrevista~', 'entrevistar~', 'assessment[- ]?cent(?:er|re)', 'dia de (?:selecao|avaliacao)'],
  pl: ['assessment[- ]?cent(?:er|re)', 'dzien (?:oceny|selekcji)', 'rozmow~ (?:kwalifikacyjn~|rekrutacyjn~|telefoniczn~|techniczn~)', 'rozmow[aeyi]', 'rozmowe', 'interview', 'etap~ rekrutacj~'],
};

/** Meeting: to meet, to talk, a call, a coffee, to come by, to get to know each other. */
export const MEETING: ByLanguage = {
  en: ['meet~', 'chat', 'call', 'conversation', 'talk', 'speak', 'coffee', 'get to know', 'come in', 'come by', 'stop by', 'drop by', 'visit (?:us|our)', 'catch up', 'video call', 'teams call', 'zoom', '(?:by|over the|on the) phone', 'phone call', 'pop (?:in|by|round|over)', 'swing by', 'come (?:round|over)', 'drop in'],
  fr: ['rencontr~', 'echange~', 'appel', 'visio(?:conference)?', '(?:par|au) telephone', 'cafe', 'discuter', 'faire (?:votre|ta) connaissance', 'passer nous voir', 'venir nous voir', 'rendez-vous', 'rdv', 'passez (?:(?:donc|nous voir|me voir) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|ce|cet|cette)', 'passez (?:nous|me) voir', 'venez (?:nous|me) voir', 'venez (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|demain|ce|cet|cette)'],
  de: ['kennenlern~', 'kennen ?zu ?lernen', 'treffen', 'telefonat', 'telefonier~', 'call', 'termin~', 'kaffee', 'vorbeikomm~', 'vorbeizukommen', 'besuch~', 'sprechen', 'austausch', 'video-?call', 'telefonisch', 'komm~ (?:\\p{L}+ ){0,6}vorbei', 'vorbeischau~', 'schau~ (?:\\p{L}+ ){0,4}vorbei'],
  es: ['conocer~', 'charla~', 'llamada', 'reunion', 'hablar', 'cafe', 'pasar por', 'videollamada', 'cita', 'conversar', 'por telefono', 'pasate', 'pasarte', 'pasese', 'venir a vernos', 'vente (?:el|este|manana|a vernos)', 'venga a vernos'],
  it: ['incontr~', 'conoscer~', 'chiacchier~', 'telefonata', 'videochiamata', 'call', 'caffe', 'passare da noi', 'sentirci', 'appuntamento', 'parlar~', 'parliamo', '(?:al|per) telefono', 'passare (?:da noi|in (?:studio|negozio|ufficio|officina|albergo|hotel|laboratorio)|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domani)', 'passi (?:pure |da noi |in )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domani)', 'venire a trovarci', 'fare un salto'],
  nl: ['kennismak~', 'kennis (?:te )?maken', 'langs (?:te |\\p{L}+ )?komen', 'langskom~', 'afspraak', 'bellen', 'koffie', 'babbel', 'videocall', 'spreken', 'ontmoet~', 'telefonisch', 'kom (?:je|jij|u) (?:[\\p{L}\\d:.]+ ){0,8}langs'],
  pt: ['convers~', 'conhecer~', 'reuniao', 'chamada', 'ligacao', 'ligar', 'cafe', 'falar', 'almoc~', 'encontro', 'bate-papo', 'videochamada', 'call', 'por telefone', 'passar (?:ca|aqui|por ca|por aqui)', 'apare(?:ca|cer) (?:ca|aqui|por ca|por aqui)', 'vir (?:ca|aqui)', 'venha (?:ca|aqui|conhecer)'],
  pl: ['spotkani~', 'spotkac', 'termin~', 'call~', 'kaw~', 'poznac', 'porozmawia~', 'telefon~', 'zdzwoni~', 'wideorozmow~', 'spotka(?:my|ja|cie)? sie', 'wpa(?:sc|dnij|dnie|dniesz)', 'przyjdz (?:do nas|w|we|jutro)', 'zajrzyj do nas'],
};

/** An invitation or a request to meet: inviting, proposing a time, asking when the candidate is free. */
export const INVITING: ByLanguage = {
  en: ['invit(?:e|es|ed|ing) you', "(?:we'?d|i'?d|we would|i would|they'?d|they would) (?:like|love) to (?:invite|schedule|set up|meet|speak|chat|talk|have|interview|see)",
    '(?:are|would) you (?:be )?(?:free|available)', 'your availability', 'availabilit~', 'what time~ (?:works|suits)', 'when (?:are you|would you be|works)', '(?:works|suit) (?:for )?you',
    '(?:pick|choose|select|book|grab) (?:a|your|the) (?:time|slot)', '(?:we|i) (?:propose|suggest)', 'how about', 'does \\p{L}+ (?:\\p{L}+ )?work', 'shall i (?:confirm|book)', 'you are invited', "you'?re invited", 'join us (?:for|on|at)',
    'how (?:does|do|would) [^.?!\\n]{1,60}(?:look|work|suit)', '(?:windows?|slots?|times?) that work~', '(?:openings|slots|windows|times) (?:on|in) (?:the|my|our) calendar', '(?:two|three|a few|several|some) (?:\\p{L}+ )?(?:slots|windows|time options)', 'ring you', '(?:would|could|do|will) you have (?:\\d+|a few|some|fifteen|twenty|thirty) (?:minutes|mins?)', 'do you have (?:time|a moment) (?:for|to)', '(?:could|can|would) you (?:\\p{L}+ )?(?:pop|come|swing|drop|stop|call) (?:in|by|over|round|along)', '(?:pop|swing) (?:in|by|round|over)', '(?:why not|feel free to|just|do) (?:come|pop|swing|drop|stop) (?:in|by|over|round|along)', 'fancy (?:coming|popping|dropping|a chat|a coffee)', '(?:can|may|could) i (?:give you a )?(?:call|ring|phone) (?:you|you up)'],
  fr: ['vous invit~', "t'?invit~", 'vous convi~', 'vous (?:propos~|suggere~)(?! (?:le|ce) poste)', 'je te propose', 'nous (?:aimerions|souhaiterions|souhaitons|voudrions) vous (?:rencontrer|inviter|voir|parler)', 'souhait~ vous rencontrer',
    '(?:seriez|etes|serais|es)[- ](?:vous|tu) (?:disponible|dispo)', 'disponibilit~', 'creneau~', '(?:vous|te) convien~', 'quand (?:seriez|etes|serais)', 'auriez-vous', 'est-ce que tu serais', '(?:confirmer|confirmez|confirme) (?:votre|ta) (?:presence|venue|participation)', '(?:souhaite~|aimerai~|voudrai~) (?:vous|te) (?:rencontrer|voir|parler|recevoir)', '(?:auriez|avez)-vous (?:\\d+|quelques|un moment)', '(?:pourriez|pouvez|pourrais|peux|voudriez|voulez)[- ](?:vous|tu) (?:\\p{L}+ )?(?:passer|venir)', '(?:vous|tu) (?:pourriez|pouvez|pourrais|peux|voudriez|voulez) (?:\\p{L}+ )?(?:passer|venir)', '(?:passez|passe|venez|viens) (?:donc|nous voir|me voir|a l|au|a la|chez|quand|vers)(?![\\p{L}])', '(?:passez|passe|venez|viens) (?:demain|apres-demain|aujourd.?hui|ce soir|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?![\\p{L}])', '(?:puis-je|je peux|pourrais-je) vous (?:appeler|telephoner)', '(?:choisissez|choisis|reservez|reserve) (?:\\p{L}+ ){0,6}(?:creneau|horaire|moment)'],
  de: ['einlad~', 'einzuladen', 'laden (?:\\p{L}+ ){0,4}ein', '(?:hast du|haben sie|hattest du|hatten sie) (?:\\p{L}+ ){0,3}zeit', 'wann (?:passt|konnen|hast|haben|ware)', 'passt (?:es )?(?:dir|ihnen)', 'verfugbar~',
    'terminvorschlag~', 'schlagen (?:\\p{L}+ ){0,4}vor', 'magst du', 'hast du lust', 'wurden (?:\\p{L}+ ){0,3}gern~? (?:\\p{L}+ ){0,2}(?:kennenlernen|sprechen|treffen|einladen)', '(?:hatten|haben) sie (?:\\d+|ein paar) minuten', '(?:hast|hattest) du (?:\\d+|ein paar) minuten', 'ihr erscheinen', '(?:kannst du|konnen sie|konnten sie|konntest du|magst du|mochten sie) (?:\\p{L}+ ){0,4}(?:vorbeikommen|vorbeischauen|reinschauen|kommen)', '(?:komm|kommen sie|kommt|schau|schauen sie|schaut) (?:[\\p{L}\\d:.,]+ ){0,8}(?:vorbei|rein)(?![\\p{L}])', '(?:komm|kommen sie|kommt) doch', '(?:hast|hattest|haben|hatten) (?:du|sie) (?:\\p{L}+ )?lust', '(?:darf|kann|konnte) ich (?:sie|dich) (?:\\p{L}+ ){0,5}anrufen', '(?:wahlen|buchen) sie (?:\\p{L}+ ){0,6}(?:termin|zeitfenster|slot|zeitpunkt)', '(?:wahle|buche) (?:\\p{L}+ ){0,6}(?:termin|zeitfenster|slot|zeitpunkt)'],
  es: ['invit(?:arte|arle|amos|ar)', '(?:podemos|podriamos) (?:hacer|tener|agendar|coordinar) (?:una|un)', 'te (?:propongo|proponemos)', 'le (?:propongo|proponemos)', 'proponemos', 'disponib~', '(?:te|le) (?:va|iria|viene|vendria|encaja) bien', 'hueco~',
    'cuando (?:te|le) (?:va|viene)', '(?:dos|tres|varias|algunas) opciones', 'nos gustaria (?:invitar~|conocer~|hablar|tener|verte)', 'nos encantaria (?:tener|conocer~|hablar)', 'puedes elegir', 'podrias (?:venir|pasarte)', 'te esperamos (?:el|en)', '(?:tendrias|tienes|tendria|tiene) (?:\\d+|unos) minutos', 'confirm(?:a|ar|e) (?:tu|su) (?:asistencia|presencia)', '(?:pasate|pasese|pasaos|ven|venga|venid) (?:a vernos|a conocernos|por (?:aqui|el|la|nuestr)|al|a la)(?![\\p{L}])', '(?:pasate|pasese|ven|venga|venid) (?:manana|pasado manana|hoy|esta tarde|el lunes|el martes|el miercoles|el jueves|el viernes|el sabado|el domingo)(?![\\p{L}])', '(?:te|le) (?:puedo|podria) llamar', '(?:elige|elija|reserva|reserve|escoge) (?:\\p{L}+ ){0,6}(?:horario|hueco|franja|hora|momento)'],
  it: ['invitar~', 'la invit~', 'ti invit~', 'propon~', '(?:sarebbe|saresti|sei|e) disponibil~', 'disponibilita', 'ti andrebbe', '(?:le|ti) (?:va|andrebbe|sta|starebbe) bene', 'fasc~ orari~',
    'ci indichi', 'mi indica', 'vorremmo (?:incontrar~|conoscer~|organizzare|fissare|invitar~|sentir~)', 'ci piacerebbe (?:conoscer~|incontrar~|sentir~)', 'saremmo (?:lieti|felici) di (?:incontrar~|conoscer~)', 'la aspettiamo', 'ti aspettiamo', '(?:avresti|hai|avrebbe|ha) (?:\\d+|qualche) minuti', 'conferm(?:a|are|i) la (?:tua|sua) (?:presenza|partecipazione)', 'ti va di (?:passare|venire|fare|incontrar~|vederci|sentirci)', '(?:potresti|puoi|potrebbe|puo) (?:\\p{L}+ )?(?:passare|venire)', '(?:passa|passate|passi|vieni|venga|venite) (?:pure|a trovarci|da noi|in|al|alla|quando|verso)(?![\\p{L}])', '(?:passa|passate|passi|vieni|venga|venite) (?:domani|dopodomani|oggi|stasera|lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)(?![\\p{L}])', 'se ti va(?: di)?(?![\\p{L}])', '(?:posso|potrei) (?:chiamarti|chiamarla|telefonarti|telefonarle)', '(?:scegli|scelga|prenota|prenoti) (?:\\p{L}+ ){0,6}(?:orario|fascia|slot|momento)'],
  nl: ['uitnodig~', 'nodigen (?:\\p{L}+ ){0,3}uit', 'nodig (?:\\p{L}+ ){0,3}uit', '(?:schikt|past) (?:het|dat|je|jou|u)', 'wanneer (?:kun|kan|heb|schikt|past)', 'beschikbaar~', '(?:kun|kunt) (?:je|u) (?:\\p{L}+ ){0,3}(?:langskomen|komen)',
    'wat denk je van', 'tijd voor (?:een|ons)', 'voorstel~', 'stellen (?:\\p{L}+ ){0,3}voor', 'graag (?:kennismaken|spreken|ontmoeten)', 'zouden (?:je|u) graag', '(?:twee|drie|enkele) (?:opties|tijdsloten|momenten)', '(?:heb|hebt|heeft) (?:je|u) (?:\\d+|een paar) minuten', 'je komst (?:te )?bevestigen', '(?:kun|kunt|kan) (?:je|jij|u) (?:[\\p{L}\\d:.]+ ){0,6}langs(?:komen|wippen)', 'kom (?:gerust|maar|gewoon|eens|dan)(?: (?:[\\p{L}\\d:.]+)){0,8} langs', 'zin om (?:\\p{L}+ ){0,4}langs te komen', '(?:mag|kan) ik (?:je|jou|u) (?:\\p{L}+ ){0,5}(?:bellen|opbellen)', '(?:kies|kiest|boek|boekt|plan|plant) (?:\\p{L}+ ){0,6}(?:moment|tijdslot|tijdstip|afspraak)', '(?:zou|zoudt|wil|wilt) (?:je|jij|u) (?:[\\p{L}\\d:.]+ ){0,8}(?:langs (?:\\p{L}+ )?komen|langskomen|komen)'],
  pt: ['convid~', '(?:pode|podes|poderia) ser', '(?:podemos|vamos|podiamos) (?:fazer|marcar|agendar|ter) (?:uma|um)', 'disponibilid~', 'disponivel', '(?:te|lhe) (?:propo~|convem)', 'gostari~ de (?:conversar|conhecer~|agendar|falar|convidar~|marcar)', 'gostava de (?:lhe|te) (?:explicar|conhecer|falar)',
    'sugir~', 'propomos', '(?:dois|tres|alguns) horarios', 'opcoes de horario', 'propo(?:nho|mos) (?:o|a|um|uma)', 'marcar (?:uma|um)', 'agendar', '(?:terias|tens|teria|tem) (?:\\d+|uns) minutos', 'confirm(?:a|ar|e) (?:a sua|a tua|sua|tua) (?:presenca|participacao)', '(?:podia|poderia|pode|podes|poderias) (?:\\p{L}+ )?(?:passar|vir)', '(?:passa|passe|aparece|apareca|venha|vem) (?:ca|por ca|aqui|conhecer|nos visitar|na|no|ao|a loja)(?![\\p{L}])', '(?:passa|passe|aparece|apareca|venha|vem) (?:amanha|depois de amanha|hoje|segunda|terca|quarta|quinta|sexta|sabado|domingo)(?![\\p{L}])', 'posso (?:te |lhe )?(?:ligar|telefonar)', '(?:escolha|escolhe|reserve|reserva|agende|agenda) (?:\\p{L}+ ){0,6}(?:horario|hora|momento)'],
  pl: ['zaprasz~', 'zaprosi~', 'proponuj~', 'proponowan~ termin', 'czy (?:\\p{L}+ ){0,3}(?:pasuje|pasowal~|odpowiada)', 'dogodn~ termin', 'kiedy (?:masz|ma pani|ma pan|moglibysmy)', 'znajdziesz', 'wybierz~',
    'chcielibysmy (?:zaprosic|porozmawiac|poznac)', 'chetnie porozmawiamy', 'mam wolne', 'napisz,? kiedy', 'prosze o wybranie', '(?:masz|mialbys|ma pan|ma pani) (?:\\d+|kilka) minut', 'potwierdz~ (?:swoja |swoj )?(?:obecnosc|udzial)', 'zaprosz~', '(?:moglbys|moglabys|mozesz|moze pan|moze pani|moglby pan|moglaby pani) (?:\\p{L}+ )?(?:wpasc|przyjsc|podjechac|zajrzec)', 'wpadnij', 'wpadnijcie', 'przyjdz(?:cie)?(?![\\p{L}])', 'zajrzyj(?:cie)?(?![\\p{L}])', 'prosze (?:wpasc|przyjsc|zajrzec)', 'czy (?:moge|moglbym|moglabym) (?:\\p{L}+ ){0,3}zadzwonic', '(?:wybierz|zarezerwuj|wybierz sobie) (?:\\p{L}+ ){0,6}(?:termin|godzin~|slot)'],
};

/** A recruiter, a talent or HR team, an applicant-tracking system: who sends invitations. */
export const RECRUITING_SENDER: ByLanguage = {
  en: ['recruit~', 'talent (?:acquisition|team|partner|lead)', 'hr', 'human resources', 'people (?:team|partner|operations|&)', 'hiring (?:manager|team)', 'headhunter', 'sourcer', 'greenhouse', 'lever', 'workday', 'smartrecruiters', 'ashby', 'workable', 'teamtailor', 'personio', 'recruitee', 'icims', 'jobvite'],
  fr: ['ressources humaines', 'rh', 'recrutement', 'charge~ de recrutement', 'talents?'],
  de: ['personalabteilung', 'personalwesen', 'recruiting', 'personalreferent~', 'personalvermittlung', 'talent acquisition'],
  es: ['recursos humanos', 'rrhh', 'seleccion', 'talento'],
  it: ['risorse umane', 'selezione', 'ufficio personale', 'talent'],
  nl: ['werving', 'recruitment', 'p&o', 'hr-?afdeling', 'personeelszaken'],
  pt: ['recursos humanos', 'rh', 'recrutament~', 'recrutador~', 'talentos?', 'gente e gestao'],
  pl: ['rekrutac~', 'rekruter~', 'dzial (?:hr|personalny|kadr)', 'kadr~', 'hr business partner'],
};

/** A change of time: the interview moved, new times proposed. */
export const RESCHEDULING: ByLanguage = {
  en: ['reschedul~', 'move (?:your|the) interview', 'new time~', 'change (?:of|to) the (?:time|date)'],
  fr: ['decal~', 'reporter', 'nouveau creneau', 'nouvelle date'],
  de: ['verschieb~', 'verschob~', 'verleg~', 'neuer termin', 'neue termine'],
  es: ['reprogram~', 'cambiar la (?:fecha|hora)', 'nueva fecha'],
  it: ['spostare', 'spostato', 'nuova data', 'riprogramm~'],
  nl: ['verzett~', 'verplaats~', 'nieuwe (?:datum|tijd)'],
  pt: ['reagend~', 'remarc~', 'nova data'],
  pl: ['przeloz~', 'przesun~', 'nowy termin'],
};

/** A day or a time of day, written in words: weekdays, "tomorrow", "next week", "at 10". */
export const WHEN: ByLanguage = {
  en: ['(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2}(?:st|nd|rd|th)?', '\\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'tomorrow', 'next week', 'this week', 'later this week'],
  fr: ['\\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre)', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'demain', 'la semaine prochaine', 'cette semaine', 'matinee', 'apres-midi'],
  de: ['\\d{1,2}\\. ?(?:januar|janner|februar|marz|april|mai|juni|juli|august|september|oktober|november|dezember)', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', '(?<!guten )morgen', 'nachste woche', 'diese woche', 'vormittag', 'nachmittag'],
  es: ['\\d{1,2} de (?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo', 'manana', 'la semana (?:que viene|proxima)', 'esta semana', 'por la tarde'],
  it: ['\\d{1,2} (?:gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre)', 'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica', 'domani', 'la prossima settimana', 'questa settimana', 'in mattinata', 'nel pomeriggio'],
  nl: ['\\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag', '(?<!goede )morgen', 'volgende week', 'deze week', 'ochtend', 'middag'],
  pt: ['\\d{1,2} de (?:janeiro|fevereiro|marco|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro)', 'segunda-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sabado', 'domingo', 'amanha', 'proxima semana', 'esta semana', 'de manha', 'a tarde'],
  pl: ['\\d{1,2} (?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia)', 'poniedzial~', 'wtor~', 'srod~', 'czwart~', 'piat~', 'sobot~', 'niedziel~', 'jutro', 'pojutrze', 'w przyszlym tygodniu', 'w tym tygodniu', 'godz\\.?'],
};

// ---------------------------------------------------------------------------------------------------
// Clues of another kind of mail

/** A rejection: the application goes no further. */
export const REJECTION: ByLanguage = {
  en: ['regret to inform', 'candidates? whose (?:profile|experience|background|skills?) (?:\\p{L}+ ){0,4}(?:more|better|closely)', 'not (?:be )?(?:moving|move|proceed~|progress~) (?:forward|further)', 'decided (?:not to (?:proceed|move|progress)|to (?:move|proceed|go) (?:forward )?with (?:other|another))', '(?:other|another) candidates? (?:whose|who)',
    'no longer (?:being )?considered', 'unsuccessful', '(?:position|role) has (?:now )?been filled', 'will not be (?:progressing|proceeding|moving)', 'not (?:been )?selected', 'decided to (?:pursue|continue|progress) (?:with )?(?:other|another)', 'not (?:be )?taking (?:your application|you|things) (?:forward|further)', 'unable to offer you', 'we have decided not to', '(?:unable|not able|cannot|can\'?t|won\'?t be able) to invite you', '(?:will|shall) not be inviting you', '(?:chosen|selected|gone with|decided on|hired|appointed|offer(?:ed)? the (?:role|position|job|post|vacancy) to) (?:another|a different|an other|an internal) (?:person|candidate|applicant)', 'offer(?:ed)? the (?:role|position|job|post) to someone else'],
  fr: ['nous avons le regret', "(?:ne pas|pas) (?:pouvoir )?donner (?:une )?suite (?:favorable )?a votre candidature", "n'?(?:a|avez|as) pas ete retenu~", "(?:un|une|d'?autres?) (?:autres? )?(?:candidat|profil)~ (?:dont|plus|qui)", "pas (?:pu )?retenir votre candidature", 'ne sera pas retenu~', 'ne (?:pas |pouvons pas |pourrons pas )?donner suite', 'ne donnerons pas suite', 'poursuivre (?:le processus |notre processus )?avec (?:un|une|d.autres?) (?:autres? )?(?:candidat|profil)~', '(?:avons|a) (?:decide|choisi) de ne pas (?:poursuivre|retenir|donner)', '(?:ne )?(?:pouvons|pourrons|allons) pas vous (?:inviter|convier|convoquer|recevoir)', '(?:retenu|choisi|privilegie|selectionne) (?:un|une) autre (?:personne|candidat~|profil)', '(?:propose|proposer|offrir|offert) le poste a (?:un|une) autre (?:personne|candidat~)'],
  de: ['nicht (?:weiter )?berucksichtig~', '(?:prozess|verfahren|auswahlprozess|auswahlverfahren|bewerbungsprozess) mit (?:einer|einem|anderen) (?:anderen? )?(?:kandidat|bewerber|person)~ (?:\\p{L}+ ){0,2}(?:fortzusetzen|fortsetzen|fortzufahren|weiterzufuhren)', '(?:kandidat|bewerber)~,? (?:deren|dessen) (?:profil|erfahrung|qualifikation)~ (?:\\p{L}+ ){0,4}(?:genauer|besser|eher|starker|mehr)', 'fur (?:einen|eine|andere) (?:andere~ )?(?:kandidat|bewerber|person)~ entschieden', 'nicht in die engere', 'absage (?:geben|erteilen|mitteilen)', 'keine positive (?:ruckmeldung|nachricht)', 'nicht weiter (?:verfolgen|berucksichtigen)', 'anderweitig besetzt', 'leider (?:\\p{L}+ ){0,6}(?:absage|andere~ (?:kandidat|bewerber)~|nicht (?:weiter )?(?:berucksicht~|in betracht))', 'uns (?:\\p{L}+ ){0,4}fur (?:eine~ )?andere~ (?:kandidat|bewerber)~ entschieden', 'nicht (?:weiter )?(?:mit ihnen|mit dir|mit ihrer bewerbung|mit deiner bewerbung) fortfahren', '(?:sie|dich) (?:\\p{L}+ ){0,3}nicht (?:\\p{L}+ ){0,5}einladen', '(?:fur|entschieden fur) (?:eine andere|einen anderen) (?:person|kandidat~|bewerber~)', '(?:die )?stelle (?:einem anderen|einer anderen) (?:kandidat|bewerber|person)~ (?:anzubieten|angeboten|anbieten)'],
  es: ['lamentablemente (?:\\p{L}+ ){0,10}(?:candidatura|solicitud|proceso|perfil|candidat~|seleccion~)', 'candidat~ cuyo (?:perfil|experiencia) (?:\\p{L}+ ){0,4}(?:mas|mejor)', 'lamentamos (?:comunicarte|informarte|decirte)', 'no (?:continuar|seguir|avanzar) con tu candidatura', '(?:otros|otras|otro|otra) (?:perfil|candidat)~ (?:que|cuyo|mas)', 'no (?:has|ha) sido seleccionad~', 'no seguiremos', 'hemos decidido (?:continuar|seguir|avanzar) con otr~', 'no (?:vamos a |podemos |podremos )?(?:seguir|continuar|avanzar) (?:adelante )?con (?:tu|su) (?:candidatura|proceso|solicitud)', 'hemos (?:decidido|optado) (?:por )?(?:seguir|continuar|avanzar) con otr~', 'desestimad~', 'no (?:podemos|podremos|vamos a) (?:invitarte|invitarle|convocarte|convocarle)', '(?:elegido|seleccionado|optado por|decidido por) (?:a )?otr[oa] (?:persona|candidat~|perfil)', '(?:ofrecer|ofrecido) el puesto a otr[oa] (?:persona|candidat~)'],
  it: ['esito negativo', 'candidat~ (?:il cui|la cui) (?:profilo|esperienza) (?:\\p{L}+ ){0,4}(?:piu|meglio)', 'non (?:proseguire|procedere|prosegui~) con la (?:tua|sua) candidatura', '(?:proseguire|procedere) con altr~ (?:profil|candidat)~', 'non (?:sei|e) stat~ selezionat~', 'ci dispiace (?:comunicarti|informarti|comunicarle|informarla)', 'abbiamo deciso di (?:non proseguire|proseguire con altr~|procedere con altr~)', 'non (?:possiamo|potremo|potremmo) (?:invitarti|invitarla|convocarti|convocarla)', '(?:scelto|selezionato|optato per) (?:un\'?altra|un altro|altri|altre) (?:persona|candidat~|profil~)', '(?:offrire|offerto|proporre|proposto) (?:la posizione|il ruolo|il posto) a (?:un.?altr[oa]|altri) (?:persona|candidat~)'],
  nl: ['helaas (?:\\p{L}+ ){0,10}(?:sollicitatie|kandida~|procedure|profiel|selectie|afgewezen|afwijzing)', 'kandida~ (?:wiens|van wie het|met een) (?:profiel|ervaring) (?:\\p{L}+ ){0,4}(?:beter|meer|dichter)', 'gekozen voor (?:een )?andere kandida~', 'niet (?:verder|door) (?:gaan|in de procedure)', 'afgewezen', 'niet geselecteerd', 'besloten (?:om )?(?:niet verder|met een andere kandida~|een andere kandida~)', 'niet verder met (?:je|jouw|uw) (?:sollicitatie|kandidatuur)', 'niet (?:meer )?met (?:je|jou|u) verder', 'niet (?:\\p{L}+ ){0,2}verder (?:gaan|gaat) (?:in|met)', '(?:je|u) (?:\\p{L}+ ){0,3}niet (?:uitnodigen|uit te nodigen)', '(?:gekozen|gegaan) voor iemand anders', 'kandida~ (?:wiens|van wie het|met een) (?:profiel|ervaring) (?:\\p{L}+ ){0,4}nauwer', '(?:de )?(?:functie|baan|vacature) (?:aan|toe) (?:te bieden )?(?:aan )?een andere kandida~'],
  pt: ['infelizmente (?:\\p{L}+ ){0,10}(?:candidatura|candidat~|processo|perfil|selec~)', 'candidat~ cujo (?:perfil|experiencia) (?:\\p{L}+ ){0,4}(?:mais|melhor)', 'nao (?:vamos )?(?:seguir|avancar|prosseguir) com a sua candidatura', 'optamos por (?:seguir|avancar) com outr~', 'nao foi selecionad~', 'nao (?:iremos|vamos|podemos|poderemos) (?:seguir|avancar|prosseguir|dar seguimento)', 'decidimos (?:avancar|seguir|prosseguir) com outr~', 'nao (?:foi|foste) (?:selecionad~|escolhid~)', 'nao (?:podemos|poderemos|vamos) (?:convida~|convoca~|chama~)', '(?:escolhemos|selecionamos|optamos por) outra pessoa', '(?:oferecer|oferecemos|oferecido) a (?:vaga|posicao|funcao) a outr[oa] (?:pessoa|candidat~)'],
  pl: ['niestety (?:\\p{L}+ ){0,10}(?:kandydatur~|kandydat~|proces~|profil~|aplikac~|zgloszeni~|dalsz~ (?:udzia~|etap~|rozmow~))', 'kandydat~,? (?:ktorego|ktorej|ktorych) (?:profil|doswiadczenie) (?:\\p{L}+ ){0,4}(?:lepiej|bardziej)', 'zdecydowalismy sie na (?:inn~|wspolprace z inn~)', 'nie (?:zostal~|zakwalifikowal~) (?:pani|pan|pan~)? ?(?:do|na)', 'odrzuc~', 'nie bedziemy kontynuowac', 'zdecydowalismy sie nie', 'nie (?:mozemy|bedziemy mogli|bedziemy mogly) (?:\\p{L}+ )?zaprosic', '(?:wybralismy|wybrali|zdecydowalismy sie na) inn~ (?:osob~|kandydat~)', '(?:zaproponowac|zaproponowalismy|zaoferowac|zaoferowalismy) (?:to )?stanowisko (?:innej osobie|innemu kandydatowi|innej kandydatce)'],
};

/** The interview called off: cancelled, with no new time (a reschedule proposes one, and says so). */
export const CANCELLATION: ByLanguage = {
  en: ['(?:have|need|had) to cancel (?:your|the|our) (?:\\p{L}+ )?(?:interview|meeting|call|appointment)', '(?:interview|meeting|call|appointment) (?:has been |is |was )?(?:cancel~|called off)', 'cancellation of (?:your|the) (?:interview|meeting|appointment)', '(?:interview|meeting|call|appointment) [^!?\\n]{0,80}?(?:has been|have been|is|was|are) (?:cancel~|called off)'],
  fr: ['annul~ (?:votre|ton|l.|notre) (?:\\p{L}+ )?(?:entretien|rendez-vous|rdv)', '(?:entretien|rendez-vous) (?:\\p{L}+ ){0,3}(?:est|a ete) annule~', "annulation (?:de |d.)(?:votre |l.)?(?:entretien|rendez-vous)", '(?:entretien|rendez-vous) [^!?\\n]{0,80}?(?:est|a ete) annule~'],
  de: ['absage (?:ihres|deines|des|unseres) (?:\\p{L}*termin~|\\p{L}*gesprach~|interview~)', '(?:\\p{L}*termin|\\p{L}*gesprach|interview) (?:\\p{L}+ ){0,8}(?:absagen|abgesagt|stornier~|entfall~)', 'keinen ersatztermin', '(?:\\p{L}*termin|\\p{L}*gesprach|interview) [^!?\\n]{0,80}?(?:muss|mussen|wird|wurde|ist) (?:leider )?(?:abgesagt|storniert|entfallen)'],
  es: ['cancelar (?:la|tu|su|nuestra) (?:\\p{L}+ )?(?:entrevista|reunion|cita)', '(?:entrevista|reunion|cita) (?:\\p{L}+ ){0,3}(?:cancelad~|anulad~)', '(?:entrevista|reunion|cita) [^!?\\n]{0,80}?(?:ha sido|queda|quedo|esta|fue) (?:cancelad~|anulad~)', 'cancelacion (?:de (?:la |su |tu )?)?(?:entrevista|reunion|cita)'],
  it: ['annullare (?:il|l.|il tuo|il suo) (?:\\p{L}+ )?(?:colloquio|appuntamento)', '(?:colloquio|appuntamento) (?:\\p{L}+ ){0,3}(?:annullat~|cancellat~)', '(?:colloquio|appuntamento) [^!?\\n]{0,80}?(?:e|e stato|viene|verra) (?:annullat~|cancellat~)', 'annullamento (?:del |dell.)?(?:colloquio|appuntamento)', 'non (?:\\p{L}+ ){0,6}(?:una )?nuova data'],
  nl: ['(?:gesprek|afspraak|interview) (?:\\p{L}+ ){0,3}(?:geannuleerd|gaat niet door|vervalt|komt te vervallen)', 'annuleren (?:van )?(?:je|jouw|uw|het) (?:\\p{L}+ )?(?:gesprek|afspraak)', 'geen nieuwe afspraak', 'gaat (?:je |jouw |uw |het |ons )?(?:gesprek|afspraak|interview) [^!?\\n]{0,40}niet door', '(?:gesprek|afspraak|interview) [^!?\\n]{0,80}?(?:is|wordt) geannuleerd'],
  pt: ['cancelar (?:a|sua|tua|a sua|a tua) (?:\\p{L}+ )?(?:entrevista|reuniao)', '(?:entrevista|reuniao) (?:\\p{L}+ ){0,3}cancelad~', '(?:entrevista|reuniao) [^!?\\n]{0,80}?(?:foi|esta|fica|ficou) cancelad~', 'cancelamento (?:da |de sua |da sua )?(?:entrevista|reuniao)'],
  pl: ['odwol~ (?:\\p{L}+ ){0,3}(?:rozmow~|spotkani~)', '(?:rozmowa|spotkanie) (?:\\p{L}+ ){0,3}odwolan~', '(?:rozmowa|spotkanie) [^!?\\n]{0,80}?(?:zostala|zostalo|jest) odwolan~', 'odwolanie (?:rozmowy|spotkania)'],
};

/**
 * An interview put off with no new date, the process on hold: "the process is on hold for a few weeks, so I
 * cannot give you a new date yet", "el proceso queda en pausa… no puedo darte otra fecha". Nothing to attend
 * yet, though the mail says "postpone" and names the old day and link.
 */
export const ON_HOLD: ByLanguage = {
  en: ["(?:can'?t|cannot|unable to) (?:yet )?(?:give|offer|propose|suggest) (?:you )?(?:a new|another|an alternative) (?:date|time|slot)", '(?:process|recruitment|hiring|search|vacancy|role) (?:\\p{L}+ ){0,3}(?:on hold|paused)', 'postpone~ (?:\\p{L}+ ){0,4}until further notice'],
  fr: ['(?:ne (?:peux|pouvons) pas|impossible de) (?:encore )?(?:vous |te )?(?:donner|proposer) (?:une nouvelle|une autre) date', '(?:processus|recrutement) (?:\\p{L}+ ){0,3}(?:en (?:suspens|pause|attente)|suspendu|gele)'],
  de: ['(?:kann|konnen) (?:ihnen|dir) (?:\\p{L}+ ){0,3}(?:keinen neuen termin|noch keinen (?:neuen )?termin)', '(?:prozess|verfahren|auswahlverfahren|besetzung|stelle) (?:\\p{L}+ ){0,4}(?:pausiert|auf eis|ruht|gestoppt|ausgesetzt)'],
  es: ['no (?:puedo|podemos) (?:todavia |aun )?(?:darte|darle|proponerte|proponerle|ofrecerte|ofrecerle) (?:otra|una nueva) fecha', '(?:proceso|seleccion) (?:\\p{L}+ ){0,3}(?:en pausa|en suspenso|congelad~|paralizad~|suspendid~)'],
  it: ['non (?:posso|possiamo) (?:ancora )?(?:darti|darle|proporti|proporle) (?:un.?altra|una nuova) data', '(?:processo|selezione|ricerca) (?:\\p{L}+ ){0,3}(?:in pausa|sospes~|congelat~|in stand-?by)'],
  nl: ['(?:kan|kunnen) (?:je|jou|u) (?:\\p{L}+ ){0,3}(?:geen nieuwe datum|nog geen (?:nieuwe )?datum)', '(?:procedure|proces|vacature) (?:\\p{L}+ ){0,3}(?:on hold|gepauzeerd|stilgezet|bevroren)'],
  pt: ['nao (?:posso|podemos) (?:ainda )?(?:te |lhe )?(?:dar|propor|oferecer) (?:outra|uma nova) data', '(?:processo|selecao) (?:\\p{L}+ ){0,3}(?:em pausa|suspens~|congelad~|parad~)'],
  pl: ['nie (?:moge|mozemy) (?:\\p{L}+ ){0,2}(?:podac|zaproponowac) (?:nowego|innego) terminu', '(?:proces|rekrutacj~) (?:\\p{L}+ ){0,3}(?:wstrzyman~|zawieszon~)'],
};

/**
 * A paid trial shift already agreed, confirmed by mail ("je te confirme ton essai samedi", "your trial shift on Saturday"):
 * work to come, no interview. Said of the candidate's own trial, so an invitation that mentions trial days later is not one.
 */
export const TRIAL_AGREED: ByLanguage = {
  en: ['confirm~ (?:your|the) (?:paid )?trial (?:shift|day)', 'your (?:paid )?trial (?:shift|day) (?:is|on|this|next|tomorrow)', 'see you for (?:your|the) trial'],
  fr: ["confirme~ (?:ton|votre|ta) (?:essai|journee d'?essai)", '(?:ton|votre) essai (?:samedi|dimanche|lundi|mardi|mercredi|jeudi|vendredi|demain|ce|le|du)', "(?:ta|votre) journee d'?essai"],
  de: ['(?:dein|ihr|deinen|ihren) probe(?:arbeiten|tag|schicht)', 'bestatig~ (?:\\p{L}+ ){0,3}probe(?:arbeiten|tag|schicht)'],
  es: ['(?:tu|su) (?:dia|jornada|turno) de prueba', 'confirm~ (?:\\p{L}+ ){0,2}(?:dia|jornada|turno) de prueba'],
  it: ['(?:la tua|la sua) (?:giornata|prova|serata) di prova', '(?:il tuo|il suo) turno di prova', 'confermo (?:\\p{L}+ ){0,2}(?:prova|turno di prova)'],
  nl: ['(?:je|jouw|uw) proef(?:dag|dienst|draaien)', 'bevestig~ (?:\\p{L}+ ){0,3}proef(?:dag|dienst)'],
  pt: ['(?:o teu|o seu|seu|teu) dia (?:de (?:experiencia|teste)|experimental)', 'confirm~ (?:\\p{L}+ ){0,3}dia (?:de (?:experiencia|teste)|experimental)'],
  pl: ['(?:twoj|pana|pani) dzien probny', 'potwierdzam (?:\\p{L}+ ){0,3}(?:dzien|dniowk~) probn~'],
};

/** A job offer: the position offered, a start date, a contract. */
export const OFFER: ByLanguage = {
  en: ['offer (?:of employment|letter)', '(?:pleased|delighted|happy|thrilled) to (?:extend (?:you )?an? offer|offer you)', 'job offer', 'start date', 'your first day', 'sign (?:the|your) contract', 'offer (?:details|package)', "(?:you'?d|you would|you could) start (?:on|from|next|in|this|with us)", "(?:we'?d|we would) (?:like|love) (?:you|to have you) to (?:join (?:us|the team|our team)|start|come (?:and )?work)", "(?:we want|we'?d love) (?:you|to have you) (?:on|in) (?:the|our) team"],
  fr: ["promesse d'?embauche", "proposition d'?embauche", "(?:proposer|offrir) le poste", 'date de (?:prise de poste|debut|demarrage)', "date d'?entree", 'contrat de travail (?:ci-joint|en piece jointe)', '(?:tu commencerais|vous commenceriez)', "(?:nous souhaitons|on veut|on voudrait|nous voulons|nous aimerions) (?:vous|te) (?:recruter|embaucher|accueillir dans (?:l'?equipe|notre equipe))", '(?:ton|votre) premier jour'],
  de: ['vertragsangebot', 'arbeitsvertrag', 'stellenangebot (?:machen|unterbreiten)', 'angebot (?:machen|unterbreiten)', 'eintrittsdatum', 'ersten arbeitstag', 'zusage fur die stelle', '(?:du wurdest|sie wurden) (?:\\p{L}+ ){0,4}(?:anfangen|beginnen|starten)', 'wir (?:mochten|wurden|wollen) (?:dich|sie) (?:gerne? )?(?:einstellen|ins team holen|bei uns einstellen)', '(?:dein|ihr) erster tag'],
  es: ['oferta (?:de empleo|laboral|formal)', '(?:nos complace|encantados de|queremos) ofrecerte', 'fecha de incorporacion', 'carta oferta', '(?:empezarias|comenzarias|empezaria|comenzaria) (?:el|en|a|la|este|el proximo)', 'queremos que (?:te incorpores|trabajes con nosotros|vengas a trabajar|empieces)', '(?:tu|su) primer dia'],
  it: ['offerta (?:di lavoro|formale|economica)', 'proposta di assunzione', 'lettera di assunzione', 'data di inizio', 'offrirti la posizione', '(?:inizieresti|cominceresti|inizierebbe|comincerebbe) (?:il|a|da|lunedi|martedi|mercoledi|giovedi|venerdi|sabato)', '(?:vogliamo|vorremmo) (?:assumerti|assumerla|che tu (?:venga a lavorare|entri|inizi))', '(?:il tuo|il suo) primo giorno'],
  nl: ['arbeidsovereenkomst', 'contractvoorstel', 'startdatum', 'eerste werkdag', 'aanbod (?:doen|voor de functie)', '(?:je zou|u zou) (?:\\p{L}+ ){0,4}(?:beginnen|starten)', 'we (?:willen|zouden) (?:je|jou|u) (?:graag )?(?:aannemen|in dienst nemen)', '(?:je|jouw|uw) eerste dag'],
  pt: ['proposta (?:de emprego|de trabalho|formal|salarial)', 'carta[- ]oferta', 'data de (?:inicio|admissao)', 'oferecer-lhe a (?:vaga|posicao)', '(?:voce|tu) (?:comecaria~|iniciaria~)', '(?:queremos|gostariamos) que (?:voce|tu) (?:venha~ trabalhar|comece|trabalhe conosco|trabalhe com a gente|faca parte)', '(?:seu|teu) primeiro dia'],
  pl: ['propozycj~ zatrudnienia', 'umow~ o prace', 'data rozpoczecia', 'pierwszy dzien pracy', 'oferujemy (?:pani|panu) (?:stanowisko|zatrudnienie)', '(?:zaczal|zaczela|rozpoczal|rozpoczela)(?:by|bys|abys)', 'chcemy (?:cie|pana|pania) zatrudnic', '(?:twoj|pana|pani) pierwszy dzien'],
};

/** A job alert, a newsletter, a digest: bulk mail about jobs. */
export const BULK: ByLanguage = {
  en: ['job alert~', 'weekly digest', '(?:new )?jobs? (?:for you|matching|recommended)', 'unsubscribe', "you'?re receiving this", 'you are receiving this', 'because you (?:subscribed|signed up|registered|joined)', 'manage (?:your )?(?:alerts|preferences|subscription)', 'saved search', '\\d+ new (?:jobs|roles|positions|openings|vacancies)', 'match(?:es|ing)? your (?:alert|search|saved search|preferences)', 'your (?:job )?alert', 'manage (?:your )?alerts'],
  fr: ['alerte~ emploi', 'se desabonner', 'desinscri~', 'desabonn~', 'offres (?:qui pourraient|pour vous)', 'vous recevez cet e-?mail', '\\d+ nouvelles? offres', 'correspond~ a (?:votre|ton|ta) (?:alerte|recherche)', '(?:votre|ton) alerte', 'gere[rz]? (?:vos|tes) alertes'],
  de: ['jobalarm', 'jobletter', 'suchauftrag', 'abmelden', 'abbestell~', 'neue jobs', 'passende (?:jobs|stellen)', 'sie erhalten diese (?:e-?mail|nachricht)', '\\d+ neue (?:jobs|stellen|stellenangebote)', '(?:ihr|ihrem|ihren|dein|deinem|deinen) (?:suchauftrag|jobalarm|job-?alert)', 'passend zu (?:ihrem|deinem) (?:suchauftrag|profil)'],
  es: ['alerta~ de empleo', 'darte de baja', 'darse de baja', 'ofertas (?:para ti|recomendadas)', 'recibes este (?:correo|email)', '\\d+ (?:nuevas )?ofertas (?:de empleo|para ti)', 'date de baja', 'coincid~ con (?:tu|su) (?:alerta|busqueda|perfil)', '(?:tu|su) alerta', 'gestiona (?:tus|sus) alertas', '\\d+ (?:nuevas )?ofertas de'],
  it: ['avviso di lavoro', 'offerte (?:per te|consigliate)', 'disiscriv~', "annulla (?:l'?)?iscrizione", 'ricevi questa (?:e-?mail|mail)', '\\d+ nuove offerte', 'corrispond~ (?:al tuo|alla tua|ai tuoi) (?:avviso|ricerca|alert|criteri)', '(?:il tuo|tuo) (?:avviso|alert)'],
  nl: ['vacature(?:alert|melding)~', 'afmelden', 'uitschrijven', 'vacatures voor jou', 'je ontvangt deze (?:e-?mail|mail)', 'vacature-?alert~', '\\d+ (?:nieuwe )?vacatures', 'passen bij (?:je|jouw) (?:zoekopdracht|alert|profiel)', '(?:je|jouw) (?:vacature)?alert'],
  pt: ['alerta~ de vaga~', 'cancelar (?:a )?(?:inscricao|subscricao)', 'descadastr~', 'vagas para (?:voce|ti)', 'recebe este (?:e-?mail|email)', 'recebeu este (?:e-?mail|email)', '\\d+ novas vagas', 'correspond~ (?:ao|a) (?:seu|sua|teu|tua) (?:alerta|perfil|pesquisa|busca)', '(?:seu|teu) alerta'],
  pl: ['powiadomieni~ o ofertach', 'wypisz~', 'rezygnacj~ z subskrypcji', 'oferty dla (?:ciebie|pani|pana)', 'otrzymujesz te wiadomosc', '\\d+ nowych ofert', 'pasuj~ do (?:twojego|twoich|twoje|pani|pana) (?:alertu|wyszukiwania|kryteriow|profilu)', '(?:twoj|twojego) alert~'],
};
/** A newsletter named: a weak clue (an invitation may mention the company's newsletter). */
export const NEWSLETTER: ByLanguage = {
  en: ['newsletter'], fr: ['newsletter', "lettre d'?information"], de: ['newsletter'], es: ['newsletter', 'boletin'], it: ['newsletter'], nl: ['nieuwsbrief'], pt: ['newsletter', 'boletim'], pl: ['newsletter~'],
};

/** Work to do and hand in: a take-home, an exercise, a test, a one-way recorded video. */
export const ASSESSMENT: ByLanguage = {
  // An assessment centre or day is a selection day on site with interviews: the opposite of work handed in.
  en: ['take[- ]home', 'assignment', 'exercise', 'coding (?:challenge|test)', 'assessment(?!\\W?(?:center|centre|zentrum|dag|day|tag|dagen|days))', 'case study', 'test', 'challenge', 'one-way video', 'recorded (?:video|interview|answers)', 'questionnaire'],
  fr: ['test~', 'exercice', 'cas pratique', 'etude de cas', 'devoir', 'entretien video differe', 'differe', 'enregistr~ (?:vos|tes) reponses'],
  de: ['probeaufgabe', 'fallstudie', 'test~', 'assessment(?!\\W?(?:center|centre|zentrum|dag|day|tag|dagen|days))', 'case study', 'hausaufgabe', 'aufgabe', 'aufgezeichnet~', 'coding-challenge'],
  es: ['prueba~', 'ejercicio', 'caso practico', 'test', 'evaluacion', 'grabad~', 'reto'],
  it: ['prova', 'esercizio', 'test', 'caso studio', 'caso pratico', 'compito', 'registrat~', 'assessment(?!\\W?(?:center|centre|zentrum|dag|day|tag|dagen|days))'],
  nl: ['thuisopdracht', 'opdracht', 'case study', 'test', 'assessment(?!\\W?(?:center|centre|zentrum|dag|day|tag|dagen|days))', 'opgenomen'],
  pt: ['teste', 'exercicio', 'desafio', 'estudo de caso', 'caso pratico', 'trabalho de casa', 'avaliacao', 'gravad~'],
  pl: ['zadani~', 'test~', 'case study', 'nagra~', 'assessment(?!\\W?(?:center|centre|zentrum|dag|day|tag|dagen|days))'],
};
/** A one-way interview: answers recorded alone, watched later; nobody is met. */
export const ONE_WAY: ByLanguage = {
  en: ['one-way (?:video|interview)', 'record (?:your|yourself)', 'recorded (?:video|interview|answers|responses)', 'pre-?recorded', 'asynchronous', 'on-demand (?:video )?interview', 'record(?:ed|ing)? (?:a |your )?video (?:interview|answers|responses)'],
  fr: ['(?:entretien|video) (?:video )?differe~', 'enregistr~ (?:votre|vos|ta|tes) (?:reponse|video)~', 'asynchrone'],
  de: ['zeitversetzt~', '(?:antworten|video) (?:\\p{L}+ ){0,2}aufzeichn~', 'aufgezeichnet~ (?:antwort|video|interview)~', 'video-?interview (?:\\p{L}+ ){0,2}aufzeichn~', 'aufgezeichnete~ video-?interview~'],
  es: ['entrevista (?:de video )?diferida', 'grabar (?:tus|sus) respuestas', 'asincron~', 'videoentrevista grabada'],
  it: ['colloquio (?:video )?registrato', 'registrare (?:le tue|le sue) risposte', 'asincron~', 'videocolloquio registrato'],
  nl: ['opgenomen (?:video|sollicitatie)~', 'neem (?:je|jezelf|uw antwoorden) op', 'asynchro~', 'video-?interview (?:\\p{L}+ ){0,2}op(?:nemen|genomen)'],
  pt: ['entrevista gravada', 'gravar (?:as suas|suas|as tuas) respostas', 'assincron~', 'video-?entrevista gravada'],
  pl: ['nagra~ (?:odpowiedz~|wideo|nagranie)', 'asynchroniczn~', 'nagrani~ (?:\\p{L}+ ){0,2}(?:wideo|video)', 'nagrani~ rozmow~'],
};
/** Handing work in. */
export const SUBMITTING: ByLanguage = {
  en: ['submit~', 'submission', 'send (?:us|back|it back)', 'return (?:it|your)', 'upload', 'complete (?:it|the|this)', 'hand in'],
  fr: ['rendre', 'renvoyer', 'envoyer (?:votre|ta|vos|tes)', 'soumettre', 'realiser', 'deposer'],
  de: ['einreich~', 'zurucksend~', 'zuruckschick~', 'abgeben', 'abgabe', 'bearbeiten', 'hochladen'],
  es: ['envia~', 'enviar~', 'entregar~', 'entrega', 'completa~', 'subir'],
  it: ['invia~', 'consegna~', 'complet~', 'caricare'],
  nl: ['insturen', 'terugsturen', 'inleveren', 'indienen', 'uitwerking', 'opsturen'],
  pt: ['enviar', 'envie', 'entregar', 'entrega', 'submeter', 'concluir', 'realizar'],
  pl: ['odesli~', 'przesl~', 'wysl~', 'rozwiaz~', 'wykona~'],
};
/** A deadline: by a date, no later than, within so many days. */
export const DEADLINE: ByLanguage = {
  // A number after German "bis", Portuguese "até" or Polish "do" is a date only when written as one: "von 8:30 bis 17:00" is a range.
  en: ['deadline', 'due (?:by|on)', '(?:by|before|no later than) (?:the end of )?(?:\\p{L}+day|\\d+|end of|tomorrow|midnight)', 'within \\d+ (?:\\p{L}+ )?(?:days|hours)', 'until'],
  fr: ['date limite', 'avant le', "jusqu'?(?:au|a)", 'au plus tard', "d'?ici (?:le|a|au)"],
  de: ['frist', 'bis (?:zum|spatestens|\\d+\\.(?:\\d+\\.?)?(?!\\d)|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|ende)', 'spatestens', 'innerhalb (?:von )?\\d+'],
  es: ['fecha limite', 'plazo', 'antes del?', 'hasta el', 'a mas tardar'],
  it: ['entro', 'scadenza', 'non oltre', 'fino al', 'prima di (?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|\\d)'],
  nl: ['uiterlijk', 'deadline', 'binnen \\d+ (?:\\p{L}+ )?(?:dagen|uur)', 'vo+r (?:(?:het einde van )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|morgen)|\\d{1,2}(?:[-/]\\d{1,2}| (?:jan|feb|maa|apr|mei|jun|jul|aug|sep|okt|nov|dec)))', 'tot en met'],
  pt: ['prazo', 'ate (?:o dia|dia|\\d+(?:/\\d+| de)|a|ao|as|domingo|sexta|segunda)', 'data limite', 'no maximo'],
  pl: ['termin (?:nadeslania|oddania|wykonania)', 'najpozniej', 'do (?:poniedzialku|wtorku|srody|czwartku|piatku|soboty|niedzieli|\\d+[./]\\d+|\\d{1,2} (?:stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|wrzesnia|pazdziernika|listopada|grudnia))', 'w ciagu \\d+'],
};

/** The English names of an event that recruiters borrow in every language ("Open-House-Abend", "career day", "webinar"). */
const LOANED_EVENTS = ['open[- ]?house~', 'open day', 'career[- ]?day', 'recruiting[- ]?day', 'webinar~'];

/** An event for many: a webinar, an open day, a fair, with a registration; in every language the English names recruiters borrow (LOANED_EVENTS). */
export const EVENT: ByLanguage = {
  en: ['webinar~', 'info(?:rmation)? session', 'open (?:house|day)', 'careers? (?:fair|event|day|evening)', 'recruiting event', 'meetup', 'livestream', 'talent community', 'information (?:evening|event|night|meeting)', 'open evening', 'info evening', 'drop-in session', '(?:job|jobs|recruitment|recruiting|hiring) (?:fair|event|day)'],
  fr: [...LOANED_EVENTS, 'webinaire~', 'portes ouvertes', "salon (?:de l'?emploi|du recrutement)", 'forum (?:de l.?emploi|du recrutement|de recrutement|emploi|entreprises|des metiers|carrieres?)', 'salon (?:de l.?emploi|du recrutement|de recrutement)', 'job ?dating', 'afterwork', 'soiree (?:de recrutement|decouverte)', "soiree d'?info(?:rmation)?~", "reunion d'?information", "session d'?information", "matinee d'?information", 'journee decouverte'],
  de: [...LOANED_EVENTS, 'infoveranstaltung', 'informationsveranstaltung', 'tag der offenen tur', 'karrieremesse', 'jobmesse', 'recruiting-?event', 'karriere-?event', 'infoabend', 'informationsabend', 'info-abend', 'karriereabend', 'kennenlernabend'],
  es: [...LOANED_EVENTS, 'seminario web', 'puertas abiertas', 'feria de empleo', 'jornada informativa', 'evento (?:de empleo|online|presencial)', 'sesion informativa', 'charla informativa', 'noche informativa', 'jornada de puertas abiertas', '(?:foro|feria) de (?:empleo|reclutamiento|seleccion)'],
  it: [...LOANED_EVENTS, 'porte aperte', 'evento (?:online|di recruiting)', 'serata informativa', 'incontro informativo', 'sessione informativa', 'fiera del lavoro', 'job day', 'giornata di (?:reclutamento|selezione aperta)'],
  nl: [...LOANED_EVENTS, 'open dag', 'informatiebijeenkomst', 'carrierebeurs', 'banenmarkt', 'meet-?up', 'informatieavond', 'info-?avond', 'voorlichtingsavond', 'inloopavond', 'inloopmiddag', 'open avond', '(?:banen|vacature|wervings)(?:beurs|markt|dag)'],
  pt: [...LOANED_EVENTS, 'webinario', 'portas abertas', 'feira de (?:emprego|carreiras)', 'evento (?:online|de recrutamento)', 'sessao (?:de )?(?:informacao|informativa|esclarecimento)', 'noite informativa', 'dia aberto', 'feira de recrutamento', 'dia de recrutamento'],
  pl: [...LOANED_EVENTS, 'dzien otwarty', 'dni otwarte', 'targi pracy', 'wydarzeni~ (?:online|rekrutacyjn~)', 'spotkanie informacyjne', 'wieczor informacyjny'],
};
/** Signing up for something: registration, RSVP (the singular noun: "las inscripciones" of a job's tasks are no sign-up). */
export const REGISTERING: ByLanguage = {
  en: ['register (?:here|now|for|today)', '(?<!your )registration', "you'?re registered", 'signed up', 'sign up', 'signing up', 'rsvp'],
  fr: ['inscri(?:vez|s-toi|te-toi)~', '(?<!(?:votre|ta) )inscription', 'reserve~ (?:votre|ta) place'],
  de: ['anmeldung (?:hier|unter|bis)', 'melde dich (?:\\p{L}+ ){0,2}an', 'melden sie sich (?:\\p{L}+ ){0,2}an', 'registrier~'],
  es: ['inscri(?:bete|birte)~', '(?<!(?:tu|su|cancelar(?: la)?|anular(?: la)?) )inscripcion', 'registr(?:ate|o|arte)'],
  it: ['iscri(?:viti|versi)~', '(?<!(?:tua|sua) )iscrizione', 'registrati', '(?<!(?:tua|sua) )registrazione'],
  nl: ['aanmeld~', 'inschrij~', 'registre~'],
  pt: ['inscri(?:va|ve|ever)~', '(?<!(?:sua|tua|cancelar(?: a)?) )inscricao', 'regist(?:e|a)-?se'],
  pl: ['zapisz~ sie', 'zapisy', 'rejestrac~', 'zarejestruj~'],
};

/** A survey: tell us how it went. */
export const SURVEY: ByLanguage = {
  en: ['survey', 'feedback (?:on|about) your (?:interview|experience|application)', 'how (?:was|did) your (?:interview|experience)', 'rate your experience', 'candidate experience'],
  fr: ['enquete', 'questionnaire de satisfaction', 'votre avis', 'retour sur votre experience'],
  de: ['umfrage', 'feedback zu (?:ihrem|deinem)', 'bewerten sie', 'zufriedenheitsbefragung', 'befragung'],
  es: ['encuesta', 'tu opinion', 'valora (?:tu|la)', 'que tal fue'],
  it: ['sondaggio', 'questionario', 'la tua opinione', 'com.e andato'],
  nl: ['enquete', 'vragenlijst', 'je mening', 'hoe (?:was|ging) (?:je|het)'],
  pt: ['pesquisa de satisfacao', 'questionario', 'sua opiniao', 'como foi (?:a sua|sua)'],
  pl: ['ankiet~', 'twoja opinia', 'jak (?:minela|poszla) (?:rozmowa|rekrutacja)'],
};

/** The interview lies in the past: thanks for the interview, after your interviews. */
export const PAST_INTERVIEW: ByLanguage = {
  en: ['thank(?:s| you)(?: so much)? for (?:the|our|today.s) (?:\\p{L}+ )?(?:call|chat|conversation|phone call)', 'thank you for (?:interviewing|your time|meeting|speaking)', 'after (?:your|the) interviews?', 'following your (?:interview|conversation)', 'you (?:recently )?interviewed', 'thank(?:s| you) (?:again )?for (?:coming in|coming by|stopping by|your visit)', 'thank(?:s| you)(?: \\p{L}+){0,3} for (?:(?:last |on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|the trial(?: shift| day)?|your trial(?: shift| day)?)(?![\\p{L}])', '(?:it )?was (?:\\p{L}+ ){0,2}(?:nice|great|good|lovely|a pleasure|wonderful) (?:to meet|meeting|to speak|speaking|talking|to talk)', '(?:nice|great|lovely) meeting you', 'thank(?:s| you)(?: so much)? for taking (?:the )?time to (?:interview|meet|speak|talk)'],
  fr: ['merci (?:pour|de) (?:notre|cet|l.) ?(?:\\p{L}+ )?(?:echange|appel|conversation) (?:telephonique|de ce matin|d.hier|de tout a l.heure)', "suite a (?:vos|votre) entretien~", 'merci (?:pour|de) (?:votre|ton) (?:temps|entretien)', 'apres (?:vos|votre) entretien~', 'merci (?:encore )?(?:d\'?etre passe~|de votre visite|d\'?etre venu~)', 'merci (?:\\p{L}+ ){0,3}pour (?:la journee de |votre |ta )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|essai|journee d.essai)', "(?:c'?etait|ce fut|j'?ai ete) (?:\\p{L}+ ){0,2}(?:un plaisir|ravi~|content~|super|genial) de (?:te|vous) (?:rencontrer|parler)", "(?:ravi~|heureu(?:x|se)|content~) d'?avoir (?:fait (?:ta|votre) connaissance|echange)"],
  de: ['(?:danke|dank) fur (?:das|unser) (?:\\p{L}+ )?(?:telefonat|telefongesprach|gesprach)', 'nach (?:ihrem|deinem|den) (?:\\p{L}+ )?(?:gesprach|gesprachen|interview)~', 'danke fur (?:das|ihr|dein) (?:\\p{L}+ )?gesprach', '(?:danke|dank) (?:\\p{L}+ )?(?:fur ihren besuch|fur deinen besuch|dass sie (?:da|vorbei)gekommen)', 'danke (?:\\p{L}+ ){0,3}fur (?:den |das |ihren |deinen )?(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|gestern|probetag|probearbeiten|schnuppertag)', '(?:es )?war (?:\\p{L}+ ){0,2}(?:schon|nett|toll|eine freude|angenehm|super) (?:dich|sie) kennenzulernen', '(?:dich|sie) kennengelernt zu haben', '(?:danke|dank|dankeschon),? dass (?:sie|du) (?:sich |dir )?(?:\\p{L}+ ){0,4}(?:zeit genommen|besucht|vorbeigekommen|da waren|gekommen)', '(?:wir haben|ich habe) (?:das|unser) (?:\\p{L}+ ){0,3}gesprach (?:\\p{L}+ ){0,8}(?:empfunden|genossen|gefuhrt)'],
  es: ['participaste en', 'gracias por (?:tu|su) tiempo', 'tras (?:la|las) entrevista~', 'gracias (?:de nuevo )?por (?:venir|pasarte|tu visita|su visita)', 'gracias (?:\\p{L}+ ){0,3}por (?:el |la |tu |su )?(?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|ayer|prueba|dia de prueba)', 'fue (?:\\p{L}+ ){0,2}(?:un placer|un gusto|genial|bueno|lindo|agradable) (?:conocerte|conocerle|conocerlo|conocerla|hablar)', 'me (?:gusto|encanto) (?:mucho )?(?:conocerte|conocerle|conocerlo|conocerla)'],
  it: ['grazie per aver partecipato', 'dopo (?:il|i) colloqui~', 'il tempo che ci hai dedicato', 'grazie (?:ancora )?per (?:essere passat~|essere venut~|la visita)', 'grazie (?:\\p{L}+ ){0,3}per (?:la |il |la tua )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica|ieri|prova|giornata di prova)', '(?:e stato|e stata) (?:\\p{L}+ ){0,2}(?:un piacere|bello|bellissimo|un vero piacere) (?:conoscerti|conoscerla|parlare)'],
  nl: ['bedankt voor (?:het|ons) (?:\\p{L}+ )?(?:telefoongesprek|telefoontje)', 'bedankt voor (?:het|je|jullie) (?:\\p{L}+ )?gesprek', 'na (?:het|je) gesprek', 'bedankt (?:nog )?voor (?:je|uw) bezoek', 'bedankt (?:\\p{L}+ ){0,3}voor (?:de |je |jouw )?(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|gisteren|proefdag|meeloopdag)', '(?:het )?was (?:\\p{L}+ ){0,2}(?:leuk|fijn|prettig|goed) (?:je|jou|u) (?:te ontmoeten|te leren kennen|te spreken)', '(?:leuk|fijn) (?:je|jou|u) (?:gesproken|ontmoet) te hebben'],
  pt: ['obrigad~ pel~ (?:entrevista|conversa|tempo)', 'apos a entrevista', 'obrigad~ (?:de novo )?por (?:ter vindo|ter passado|sua visita|a visita)', 'obrigad~ (?:\\p{L}+ ){0,3}(?:por|pelo|pela) (?:o |a )?(?:segunda|terca|quarta|quinta|sexta|sabado|domingo|ontem|dia de experiencia|experiencia)', 'foi (?:\\p{L}+ ){0,2}(?:bom|otimo|legal|um prazer|bacana|incrivel) (?:te |lhe )?(?:conhecer|conversar)'],
  pl: ['dziekujemy za (?:rozmowe|udzial|poswiecony czas)', 'po (?:rozmowie|rozmowach)', 'dziekujemy za (?:wizyte|odwiedziny)', 'dziekuj~ (?:\\p{L}+ ){0,3}za (?:poniedzialek|wtorek|srode|czwartek|piatek|sobote|niedziele|wczoraj|dzien probny|dniowke probna)', '(?:milo|fajnie|przyjemnie) (?:bylo )?(?:cie|pana|pania) poznac(?! (?:w|we|na))', 'bylo (?:\\p{L}+ )?(?:milo|fajnie) (?:cie|pana|pania) poznac'],
};

/** Only a later step, if any: "if your profile fits, we will invite you", "candidates who move forward will be contacted". */
export const LATER_MAYBE: ByLanguage = {
  en: ['(?:a|any) (?:possible|potential|eventual) (?:\\p{L}+ )?(?:interview|call|meeting)', '(?:as soon as|once) (?:\\p{L}+ ){1,6}\\p{L}+,? (?:i|we)(?:.?ll| will) (?:be in touch|get back to you|contact you|reach out)', 'if (?:your|you) (?:\\p{L}+ ){0,4}(?:shortlisted|selected|fit|match|progress|move forward)', 'candidates who (?:move|progress|are selected)', "we'?ll be in touch", 'we will (?:be in touch|review|get back)', 'should (?:your|you) (?:\\p{L}+ ){0,3}(?:progress|be shortlisted)', '(?:the )?(?:company|employer|hiring team) will (?:contact|reach out to|get in touch with) you', 'make (?:our|my|their) minds? up', "(?:i|we)(?:'ll| will) (?:ring|call|phone|let you know|be in touch)(?: \\p{L}+){0,3} either way", 'one way or the other', '(?:be in touch|contact you|get back to you|follow up) (?:\\p{L}+ ){0,4}separately', 'no (?:\\p{L}+ )?(?:interviews|interview slots|appointments) (?:will be |are |get )?(?:held|scheduled|given|offered)', 'one of (?:our|the) (?:recruiters|team|recruitment team) will (?:contact you|be in touch|reach out)', '(?:to )?possibly (?:schedule|arrange|set up) an interview'],
  fr: ['(?:un|d.un|le|l.) (?:eventuel|potentiel|possible) (?:\\p{L}+ )?entretien', '(?:des que|une fois que) (?:\\p{L}+ ){1,6}\\p{L}+,? (?:je|nous) (?:reviens|reviendrai|revenons|reviendrons) vers vous', 'si votre (?:profil|candidature) (?:est retenu~|correspond|nous interesse)', 'nous reviendrons vers vous', 'dans le cas ou votre', 'si votre (?:cv|parcours) (?:est retenu~|correspond)', '(?:nous|je) (?:vous|te) (?:rappellerai|rappellerons|recontacterai|recontacterons|tiendrai au courant|tiendrons au courant) (?:\\p{L}+ ){0,3}dans (?:tous les cas|les deux cas)', 'prendr(?:ons|ai) (?:notre|ma) decision', 'vers vous (?:\\p{L}+ ){0,3}separement', 'pas d.entretiens? (?:\\p{L}+ ){0,2}(?:ce soir|lors de|sur place)', 'eventuellement (?:un )?(?:\\p{L}+ )?entretien'],
  de: ['(?:ein|einem|einen|eines) (?:mogliche~|eventuelle~|etwaige~) (?:\\p{L}+ )?(?:gesprach~|vorstellungsgesprach~|interview~)', '(?:sobald|wenn|falls) (?:\\p{L}+ ){1,6}\\p{L}+,? (?:melde ich mich|melden wir uns)', '(?:wenn|falls|sollte) (?:ihr|dein) profil', 'wir melden uns', '(?:wenn|falls) (?:sie|du) (?:\\p{L}+ ){0,3}(?:passen|infrage kommen|in frage kommen)', '(?:wenn|falls|sollte) (?:ihr|dein) lebenslauf', 'meldet sich (?:\\p{L}+ ){0,3}bei (?:ihnen|dir)', '(?:melde~|rufe~) (?:\\p{L}+ ){0,4}so oder so', '(?:entscheiden|entscheide) (?:uns |mich )?bis', 'melden (?:wir|ich) uns (?:\\p{L}+ ){0,4}(?:ruckmeldung|bei ihnen|bei dir|zuruck)', 'melden (?:wir|ich) uns (?:\\p{L}+ ){0,3}(?:separat|gesondert)', 'gesprachstermine (?:\\p{L}+ ){0,5}nicht', 'keine (?:festen |individuellen )?gesprachstermine', 'gegebenenfalls (?:ein |einen )?(?:\\p{L}+ )?(?:gesprach|vorstellungsgesprach|termin)'],
  es: ['(?:una|la) (?:eventual|posible|potencial) (?:\\p{L}+ )?entrevista', '(?:en cuanto|una vez que|cuando) (?:\\p{L}+ ){1,6}\\p{L}+,? (?:te|le|me|nos) (?:contactare|contactaremos|escribire|escribiremos|escribo|contacto|aviso|avisare|llamo|pondre en contacto|pondremos en contacto)', 'si tu perfil', 'si su perfil', 'nos pondremos en contacto', 'te contactaremos', 'si (?:tu|su) (?:cv|curriculum)', '(?:te|le) (?:llamo|llamare|llamaremos|aviso|avisare|avisaremos|escribo) (?:\\p{L}+ ){0,3}(?:en cualquier caso|sea como sea)', 'decidiremos', '(?:te|le) (?:contactaremos|escribiremos) (?:\\p{L}+ ){0,3}(?:por separado|aparte)', 'no (?:habra|hay|haremos) entrevistas', 'eventualmente (?:una )?(?:\\p{L}+ )?entrevista'],
  it: ['(?:un|l.|dell.|di un) ?(?:eventuale|possibile|potenziale) (?:\\p{L}+ )?colloquio', '(?:appena|non appena|quando) (?:\\p{L}+ ){1,6}\\p{L}+,? (?:ti|la|vi) (?:ricontatto|ricontattero|ricontatteremo|faro sapere|faremo sapere)', 'qualora il (?:tuo|suo) profilo', 'se il (?:tuo|suo) profilo', 'ti ricontatteremo', 'la ricontatteremo', '(?:qualora|se) il (?:tuo|suo) (?:curriculum|cv)', '(?:verr~|sara) contattat~', '(?:ti|la) (?:chiamo|chiamero|chiameremo|faccio sapere|faro sapere|faremo sapere) (?:\\p{L}+ ){0,3}(?:in ogni caso|comunque vada)', 'decideremo', '(?:ti|la) (?:contatteremo|ricontatteremo) (?:\\p{L}+ ){0,3}separatamente', 'non (?:ci saranno|faremo|sono previsti) colloqui', 'eventualmente (?:un )?(?:\\p{L}+ )?colloquio'],
  nl: ['(?:een|het) (?:eventueel|eventuele|mogelijk|mogelijke) (?:\\p{L}+ )?(?:gesprek|sollicitatiegesprek|kennismakingsgesprek)', 'zodra (?:\\p{L}+ ){1,6}\\p{L}+,? (?:neem ik|nemen we|nemen wij|laat ik|laten we|laten wij)', 'als je profiel', 'als uw profiel', 'nemen (?:we|wij) (?:\\p{L}+ ){0,3}contact (?:\\p{L}+ ){0,3}op', '(?:bel|laat|bellen|laten) (?:ik |we )?(?:je|u) (?:\\p{L}+ ){0,3}(?:hoe dan ook|in elk geval|sowieso)', '(?:we|wij) beslissen', '(?:nemen|komen) (?:we|wij|ik) (?:\\p{L}+ ){0,4}(?:apart|los daarvan|afzonderlijk) (?:contact|terug)', 'geen (?:vaste )?(?:sollicitatie)?gesprekken', 'neemt (?:\\p{L}+ ){0,4}contact (?:met (?:u|je|jou) )?op', 'eventueel (?:een )?(?:\\p{L}+ )?(?:gesprek|sollicitatiegesprek|kennismakingsgesprek)'],
  pt: ['(?:uma|a|de uma|da) (?:eventual|possivel|potencial) (?:\\p{L}+ )?entrevista', '(?:assim que|logo que|quando) (?:\\p{L}+ ){1,6}\\p{L}+,? (?:entro em contato|entro em contacto|entraremos|volto a falar|volto a contactar)', 'caso o seu perfil', 'se o seu perfil', 'entraremos em contato', 'entraremos em contacto', '(?:caso|se) o (?:seu|teu) (?:cv|curriculo)', '(?:ligo|ligamos|aviso|avisamos|dou noticias) (?:\\p{L}+ ){0,3}(?:de qualquer forma|de qualquer maneira|seja como for)', 'vamos decidir', 'eventualmente (?:uma )?(?:\\p{L}+ )?entrevista'],
  pl: ['(?:ewentualn~|mozliw~|potencjaln~) (?:\\p{L}+ )?rozmow~', '(?:gdy tylko|jak tylko|kiedy tylko) (?:\\p{L}+ ){1,6}\\p{L}+,? (?:odezwe sie|skontaktuje sie|odezwiemy sie|skontaktujemy sie)', 'jesli (?:pani|pana|twoj) (?:profil|kandydatura)', 'skontaktujemy sie (?:z wybranymi|tylko)', 'odezwiemy sie', '(?:osoby|kandydaci|kandydatow),? (?:ktore|ktorzy) (?:\\p{L}+ ){0,4}(?:wynik~|przejd~|zakwalifikuj~)', '(?:zadzwonie|zadzwonimy|dam znac|damy znac) (?:\\p{L}+ ){0,3}(?:tak czy inaczej|w kazdym razie)', 'zdecydujemy'],
};
/** The application was received (an invitation may say so too: a weak clue). */
export const RECEIPT: ByLanguage = {
  en: ['(?:received|receipt of) your application', 'thank you for (?:your )?appl(?:ying|ication)', 'application (?:was|has been) received', 'thanks for (?:your )?appl(?:ying|ication)', 'received (?:\\p{L}+ ){1,2}your application', 'application (?:\\p{L}+ ){0,6}(?:was|has been) (?:successfully )?(?:sent|submitted|delivered)'],
  fr: ['(?:bien )?recu votre candidature', 'accuse de reception', 'merci (?:pour|de) votre candidature', 'nous accusons reception', 'candidature (?:\\p{L}+ ){0,6}a (?:bien )?ete (?:envoyee|transmise)'],
  de: ['eingangsbestatigung', '(?:bewerbung|unterlagen) (?:\\p{L}+ ){0,3}(?:erhalten|eingegangen)', 'vielen dank fur (?:ihre|deine) bewerbung', 'danke fur (?:ihre|deine) bewerbung', '(?:bewerbung|unterlagen) (?:\\p{L}+ ){0,8}(?:erfolgreich )?(?:versendet|ubermittelt|verschickt|abgeschickt)'],
  es: ['hemos recibido (?:tu|su) (?:candidatura|solicitud)', 'acuse de recibo', 'gracias por (?:tu|su) (?:candidatura|solicitud|postulacion)', '(?:candidatura|solicitud) (?:\\p{L}+ ){0,6}(?:se ha enviado|ha sido enviada|se envio)'],
  it: ['abbiamo ricevuto la (?:tua|sua) candidatura', 'grazie per (?:la tua|la sua) candidatura', 'ricevuto (?:\\p{L}+ ){0,2}la (?:tua|sua) candidatura', 'conferma di ricezione', 'candidatura (?:\\p{L}+ ){0,6}(?:e stata )?(?:inviata|trasmessa) (?:con successo|correttamente)'],
  nl: ['(?:sollicitatie|reactie) (?:\\p{L}+ ){0,3}ontvangen', 'ontvangstbevestiging', 'bedankt voor (?:je|jouw|uw) sollicitatie', 'sollicitatie (?:\\p{L}+ ){0,6}(?:is )?(?:verstuurd|verzonden)'],
  pt: ['recebemos a (?:sua|tua) candidatura', 'obrigad~ pela (?:sua|tua) candidatura', 'candidatura (?:\\p{L}+ ){0,6}foi (?:enviada|submetida)'],
  pl: ['otrzymalismy (?:\\p{L}+ ){0,2}(?:zgloszenie|aplikacj~|cv)', 'potwierdzeni~ otrzymania', 'dziekujemy za (?:przeslanie )?(?:zgloszenie|aplikacj~|cv)', '(?:aplikacj~|zgloszeni~) (?:\\p{L}+ ){0,6}(?:zostal~ )?(?:wyslan~|przeslan~)'],
};

/** An unsolicited approach that asks whether the candidate is interested at all, not when they can meet. */
export const COLD: ByLanguage = {
  en: ['(?:would|are) you (?:be )?open to', 'open to (?:a|new) (?:chat|opportunit~|conversation)', 'hear more', 'any referrals', 'direct approach', 'if (?:this|it)(?:\'s| is) not for you',
    'came across your (?:profile|resume|cv|background)', 'opportunities', 'a couple of (?:\\p{L}+ )?(?:roles|positions|openings)', 'several (?:\\p{L}+ )?(?:openings|roles|positions)', "roles (?:i'?m|i am|we'?re) (?:working on|recruiting for)", '(?:two|three|four|five|a few|some) (?:\\p{L}+ ){0,2}(?:roles|positions|openings|vacancies)', '(?:if|should) (?:one|any|either)(?: or more)?(?: of (?:them|these|those))? (?:appeals|appeal|interests you)', '(?:i.?ll|i will|shall i|happy to) put you forward'],
  fr: ['je me permets de vous contacter', 'chasseur de tetes', 'opportunites', 'plusieurs (?:postes|opportunites)', 'ouvert~ a (?:de nouvelles|une nouvelle) opportunit~', 'a l.ecoute (?:du marche|d.opportunites)', '(?:deux|trois|quatre|quelques) (?:autres )?(?:postes|offres)', 'si (?:l.)?une? (?:d.entre )?(?:eux|elles) vous (?:interesse|tente|plait)'],
  de: ['offen fur (?:neue|eine neue) (?:herausforderung|moglichkeit)~', 'wechselwillig', 'spannende (?:positionen|moglichkeiten)', 'karrierechancen', 'ich bin auf (?:ihr|dein) profil gestossen', '(?:zwei|drei|vier|einige) (?:weitere )?(?:positionen|stellen|vakanzen)', 'wenn (?:ihnen|dir) eine (?:davon )?(?:zusagt|gefallt)'],
  es: ['abiert~ a (?:nuevas|una nueva) (?:oportunidad|propuesta)~', 'oportunidades', 'varias (?:vacantes|posiciones)', 'te interesaria (?:saber|escuchar)', '(?:dos|tres|cuatro|algunas) (?:otras )?(?:vacantes|posiciones|ofertas)', 'si (?:alguna|alguno) (?:te|le) (?:interesa|encaja)'],
  it: ['apert~ a nuove (?:opportunita|proposte)', 'opportunita (?:di carriera|interessanti)', 'diverse posizioni', 'ti interesserebbe (?:sapere|sentire)', '(?:due|tre|quattro|alcune) (?:altre )?(?:posizioni|offerte)', 'se (?:una|qualcuna) (?:ti|le) (?:interessa|piace)'],
  nl: ['open voor (?:een nieuwe|nieuwe) (?:uitdaging|kans)~', 'sta je open', 'kansen', 'meerdere (?:vacatures|functies)', '(?:twee|drie|vier|een paar) (?:andere )?(?:vacatures|functies)', 'als er (?:een|eentje) (?:tussen zit|je aanspreekt)'],
  pt: ['abert~ a (?:novas|uma nova) (?:oportunidade|proposta)~', 'teria interesse em (?:saber|ouvir)', '(?:duas|tres|quatro|algumas) (?:outras )?(?:vagas|posicoes)', 'se alguma (?:te|lhe) (?:interessar|agradar)'],
  pl: ['otwart~ na (?:nowe|now~) (?:wyzwani|propozycj|mozliwosc)~', 'mozliwosci (?:rozwoju|kariery)', 'kilka (?:ofert|stanowisk|rol)', 'czy bylb~ (?:pan|pani|ty) zainteresowan~', '(?:dwie|trzy|cztery) (?:inne )?(?:oferty|stanowiska)', 'jesli (?:ktoras|ktores) (?:cie|pana|pania) (?:zainteresuje|zainteresuja)'],
};

/**
 * Japanese, read without word boundaries (its words are not separated by spaces): the same kinds of clue,
 * for invitations written in Japanese (the notes are not read in Japanese, the invitations are).
 */
export const JAPANESE: Readonly<Record<'interviewing' | 'meeting' | 'inviting' | 'when' | 'rejection' | 'offer' | 'bulk' | 'event' | 'assessment' | 'survey', RegExp>> = {
  interviewing: /面接|面談|選考/u,
  meeting: /お電話|オンライン|お会い|打ち合わせ|ご来社|来社/u,
  inviting: /ご案内|お越しください|ご都合|ご参加|ご調整|日程|候補日|ご予約/u,
  when: /\d{1,2}月\d{1,2}日|[（(][月火水木金土日][）)]|\d{1,2}:\d{2}|\d{1,2}時/u,
  rejection: /残念(?:ながら|ではございますが|ですが)|見送り|ご期待に(?:添え|沿え|添いかね|沿いかね)|ご活躍を(?:心より)?お祈り/u,
  offer: /内定(?:通知|のご連絡)|採用通知|労働条件通知/u,
  bulk: /配信停止|メールマガジン|メルマガ|新着求人/u,
  event: /説明会|セミナー|ウェビナー/u,
  assessment: /適性検査|コーディングテスト|課題|提出期限/u,
  survey: /アンケート/u,
};
