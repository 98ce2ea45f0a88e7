/**
 * "Is it an interview invitation?" weighs evidence: one test per class of evidence, each in several
 * languages. The mails here are written for these tests (none is taken from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { isInvitation, readInvitation, type InvitationInput } from '../../../../functions/core/decide/decide.js';
import { readInviteSignals } from '../../../../functions/core/decide/signals.js';
import * as MailKinds from '../../../../functions/core/decide/mail-kinds.js';
import { extractFacts, type OriginalMessage } from '../../../../functions/core/extract/extract.js';

const mail = (subject: string, body: string, more: Partial<InvitationInput> = {}): InvitationInput => ({
  subject,
  body,
  signature: '',
  from: { name: 'Sam Lee', address: 'sam.lee@firm.example' },
  slots: 0,
  calendarEvents: 0,
  calendarText: '',
  meetingLink: null,
  schedulingLink: null,
  ...more,
});

describe('evidence for an invitation', () => {
  it.each([
    ['en', mail('Next step', 'We would love to meet you for a first interview with our head of design. Does Wednesday at 3 pm suit you?', { slots: 1 })],
    ['fr', mail('Votre candidature', 'Nous aimerions vous rencontrer pour un entretien. Seriez-vous disponible jeudi à 10 h ?', { slots: 1 })],
    ['de', mail('Ihre Bewerbung', 'Gerne laden wir Sie zu einem persönlichen Gespräch ein. Passt Ihnen Dienstag um 14 Uhr?', { slots: 1 })],
    ['nl ("een korte intake", "kom je … langs")', mail('Intake magazijnwerk', 'Kom je op dinsdag 6 oktober om 10.00 uur even langs voor een korte intake?', { slots: 1 })],
    ['nl ("zou u … langs kunnen komen")', mail('Sollicitatie magazijnier', 'Uw kandidatuur heeft onze aandacht getrokken. Zou u op donderdag 15 oktober om 13u langs kunnen komen op onze site?', { slots: 1 })],
    ['de (a compound: "Telefoninterview")', mail('Telefoninterview – Lagerlogistik', 'Ein kurzes Telefoninterview am Donnerstag, 24.09., um 16:30 Uhr wäre unser Vorschlag.', { slots: 1 })],
    ['es', mail('Tu candidatura', 'Nos gustaría conocerte en una entrevista por videollamada. ¿Te va bien el lunes a las 11:00?', { slots: 1 })],
    ['it', mail('La tua candidatura', 'Vorremmo incontrarti per un colloquio conoscitivo. Saresti disponibile venerdì alle 9:30?', { slots: 1 })],
    ['nl', mail('Je sollicitatie', 'We nodigen je graag uit voor een kennismakingsgesprek. Schikt het je op woensdag om 13.00 uur?', { slots: 1 })],
    ['pt', mail('A sua candidatura', 'Gostaríamos de convidá-la para uma entrevista. Pode ser na terça às 15h?', { slots: 1 })],
    ['pl', mail('Twoja aplikacja', 'Zapraszamy na rozmowę kwalifikacyjną. Czy pasuje Pani czwartek o 10:00?')],
  ])('a time proposed and words of meeting and interviewing (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(true));

  it.each([
    ['en', mail('Let us find a time', 'Thanks for applying! Please grab a slot for a 30-minute call with me.', { schedulingLink: 'https://cal.example/jo/30' })],
    ['de', mail('Kurzes Telefonat', 'Danke für deine Bewerbung! Such dir gern direkt einen Termin für ein kurzes Telefonat aus.', { schedulingLink: 'https://cal.example/jo/30' })],
    ['es', mail('Siguiente paso', 'Puedes elegir el hueco que mejor te venga para una charla con el equipo.', { schedulingLink: 'https://cal.example/jo/30' })],
  ])('a scheduling link with words of meeting (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(true));

  it.each([
    ['en', mail('Interview', 'Details are in the attached calendar invitation.', { calendarEvents: 1, meetingLink: 'https://zoom.example/j/1' })],
    ['nl', mail('Gesprek', 'De uitnodiging staat in je agenda.', { calendarEvents: 1 })],
  ])('an attached calendar event and a meeting link (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(true));

  it.each([
    ['en', mail('Data analyst role', 'We are keen to speak with you about the analyst role. When would you be available next week?', { signature: 'Ana\nTalent Acquisition' })],
    ['it', mail('Posizione di analista', 'Ci piacerebbe conoscerti. Mi indica due o tre fasce orarie della prossima settimana?', { signature: 'Ufficio Risorse Umane' })],
    ['pl', mail('Stanowisko analityka', 'Chcielibyśmy zaprosić Pana na spotkanie. Kiedy ma Pan czas w przyszłym tygodniu?', { signature: 'Dział HR' })],
    ['pt', mail('Vaga de analista', 'Gostaríamos de conversar consigo sobre a vaga. Qual a sua disponibilidade na próxima semana?', { signature: 'Recursos Humanos' })],
  ])('a request for availability from a recruiter, no time yet (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(true));

  it('a reschedule with its new time', () => {
    expect(isInvitation(mail('Neuer Termin', 'Wir müssen unser Gespräch leider verschieben. Neuer Vorschlag: Freitag, 11 Uhr.', { slots: 1 }))).toBe(true);
  });
});

describe('no single word decides', () => {
  it.each([
    ['newsletter', mail('Interview invitation', 'We would like to invite you to an interview on Monday at 10:00. Our newsletter has directions to the office.', { slots: 1 })],
    ['survey', mail('Invitation à un entretien', 'Nous vous proposons un entretien mardi à 14 h. Après le processus, une courte enquête vous sera envoyée.', { slots: 1 })],
    ['exercise', mail('Einladung zum Vorstellungsgespräch', 'Wir laden Sie am Donnerstag um 9 Uhr zu uns ein; vor Ort gibt es eine kleine Übung und einen kurzen Test.', { slots: 1 })],
    ['challenge', mail('Colloquio tecnico', 'Ti invitiamo a un colloquio giovedì alle 15:00: parleremo anche della challenge del nostro hackathon.', { slots: 1 })],
    ['webinar', mail('Entrevista', 'Nos gustaría invitarte a una entrevista el miércoles a las 12:00. Si quieres, antes puedes ver nuestro webinar.', { slots: 1 })],
  ])('an invitation that mentions a %s is an invitation', (_word, evidence) => expect(isInvitation(evidence)).toBe(true));

  it('a word of interviewing alone is not an invitation', () => {
    expect(isInvitation(mail('Tips', 'Five tips for your next interview.'))).toBe(false);
  });
});

describe('evidence of other mail', () => {
  it.each([
    ['en', mail('Your application', 'Thank you for the interview last week. We regret to inform you that we will not be moving forward.')],
    ['de', mail('Ihre Bewerbung', 'Vielen Dank für das Gespräch am Montag. Wir haben uns für eine andere Bewerberin entschieden und können Sie leider nicht weiter berücksichtigen.')],
    ['es', mail('Proceso de selección', 'Gracias por tu tiempo en la entrevista. Lamentablemente hemos decidido continuar con otros perfiles.')],
    ['pl', mail('Rekrutacja', 'Dziękujemy za rozmowę. Niestety zdecydowaliśmy się na innego kandydata.')],
    ['ja', mail('選考結果について', '先日は一次面接にお越しいただきありがとうございました。残念ではございますが、今回はご期待に沿いかねる結果となりました。今後のご活躍をお祈り申し上げます。')],
  ])('a rejection, even after an interview (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['nl, "niet met je verder" after a long sentence', mail('Je sollicitatie bij Verhoeven Bouw', 'Dank voor het prettige gesprek van vorige week. Helaas moeten we je na een zorgvuldige afweging van alle gesprekken laten weten dat we niet met je verder gaan in de procedure.')],
    ['it, a receipt that promises an interview only if the CV fits', mail('Conferma di ricezione della candidatura - Analista', 'Le confermiamo di aver ricevuto correttamente la Sua candidatura. Qualora il Suo curriculum risultasse in linea con i requisiti, verrà contattato per fissare un primo colloquio.')],
    ['en, a receipt with an adverb', mail('Application received', 'We have received successfully your application. If you are shortlisted, we will contact you to arrange an interview.')],
    ['en, an online assessment due by a time ("by 23:59"), an interview only for those who pass', mail('Next step: online assessment', 'We are delighted to invite you to the next stage: a short online assessment. It takes around 50 minutes and must be finished by 23:59 on Sunday 17 January. Candidates who are successful will be invited to a video interview in February.')],
  ])('no invitation: %s', (_what, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['a Teams link whose path says "meetup" is no meetup', mail('Interview invitation', 'We would like to invite you to interview for the Insight Analyst role.\nDate: Monday 7 June\nTime: 10am–11am\nWhere: Microsoft Teams – https://teams.example/l/meetup-join/19%3ameeting', { slots: 1, meetingLink: 'https://teams.example/l/meetup-join/19%3ameeting' })],
    ['an assessment day "von 8:30 bis 17:00 Uhr" is a time range, not a deadline', mail('Assessment Projektleiter', 'Nach dem ersten Telefongespräch laden wir Sie gerne zu unserem Assessment ein. Dies findet am Dienstag, 13. April, von 8:30 bis 17:00 Uhr an unserem Hauptsitz statt.', { slots: 1 })],
  ])('an invitation: %s', (_what, evidence) => expect(isInvitation(evidence)).toBe(true));

  // "We can't invite you to an interview", "we chose someone else": the sentence that names the interview turns it down.
  it.each([
    ['en', mail('Your application', 'Thank you for applying. Unfortunately we are unable to invite you to an interview at this stage.')],
    ['fr', mail('Votre candidature', 'Merci pour votre candidature. Nous ne pouvons pas vous convier à un entretien cette fois-ci.')],
    ['de', mail('Ihre Bewerbung', 'Vielen Dank für Ihre Bewerbung. Wir können Sie leider nicht zu einem Vorstellungsgespräch einladen.')],
    ['es', mail('Tu candidatura', 'Gracias por tu interés. No podemos convocarte a una entrevista en esta ocasión.')],
    ['it', mail('La tua candidatura', 'Grazie per l’interesse. Purtroppo non possiamo invitarti a un colloquio.')],
    ['nl', mail('Je sollicitatie', 'Dank voor je interesse. We zullen je helaas niet uitnodigen voor een gesprek.')],
    ['pt', mail('A sua candidatura', 'Obrigado pelo interesse. Não podemos convidá-lo para uma entrevista neste momento.')],
    ['pl', mail('Twoja aplikacja', 'Dziękujemy za zgłoszenie. Nie możemy niestety zaprosić Pani na rozmowę.')],
    ['fr, after a visit', mail('Votre candidature', 'Merci encore d’être venue à l’atelier mardi. Nous avons choisi une autre personne pour le poste.')],
    ['es, after a visit', mail('Tu candidatura', 'Gracias por pasarte por la tienda. Al final hemos elegido a otra persona.')],
  ])('a rejection that names the interview it will not hold (%s)', (_lang, evidence) => {
    expect(readInvitation(evidence).clues.some((c) => c.kind === 'rejection')).toBe(true);
    expect(isInvitation(evidence)).toBe(false);
  });

  // The process goes on with someone else, said by what that person's profile does better.
  it.each([
    ['en', mail('Your application', 'Thanks again for meeting us. We have chosen a candidate whose experience matches the brief more closely.')],
    ['de', mail('Ihre Bewerbung', 'Danke für das Gespräch. Wir werden das Auswahlverfahren mit einem Bewerber fortsetzen, dessen Profil besser zu unseren Anforderungen passt.')],
    ['es', mail('Tu candidatura', 'Gracias por la entrevista. Hemos elegido a una candidata cuyo perfil se ajusta mejor al puesto.')],
    ['it', mail('La tua candidatura', 'Grazie per il colloquio. Abbiamo scelto un candidato il cui profilo è più vicino alle esigenze del ruolo.')],
    ['pt', mail('A sua candidatura', 'Obrigado pela entrevista. Escolhemos uma candidata cujo perfil corresponde melhor à vaga.')],
    ['nl', mail('Je sollicitatie', 'Bedankt voor het gesprek. We hebben gekozen voor een kandidaat wiens profiel beter aansluit.')],
    ['pl', mail('Twoja aplikacja', 'Dziękujemy za rozmowę. Wybraliśmy kandydatkę, której profil lepiej odpowiada wymaganiom.')],
  ])('a rejection by the better profile of another (%s)', (_lang, evidence) => {
    expect(readInvitation(evidence).clues.some((c) => c.kind === 'rejection')).toBe(true);
    expect(isInvitation(evidence)).toBe(false);
  });

  it('reads a sentence that HTML-to-text wrapped over two lines', () => {
    const wrapped = mail('Ihre Bewerbung', [
      'vielen Dank für das freundliche Gespräch am Dienstag. Wir haben uns für einen anderen',
      'Bewerber entschieden und wünschen Ihnen für Ihre Zukunft alles Gute.',
    ].join('\n'));
    expect(readInvitation(wrapped).clues.some((c) => c.kind === 'rejection')).toBe(true);
    expect(isInvitation(wrapped)).toBe(false);
  });

  it('a posting that looks for a candidate whose profile fits is no rejection', () => {
    const posting = mail('Interview', 'We are looking for candidates whose profile fits the role. Could we meet on Tuesday at 10:00 for an interview?', { slots: 1 });
    expect(isInvitation(posting)).toBe(true);
    expect(readInvitation(posting).clues.some((c) => c.kind === 'rejection')).toBe(false);
  });

  it.each([
    ['fr', mail("Proposition d'embauche", "Suite à vos entretiens, nous avons le plaisir de vous proposer le poste. Date de prise de poste : lundi 3 mars.", { slots: 1 })],
    ['it', mail('Offerta di lavoro', 'Siamo felici di inviarti la nostra offerta formale; la data di inizio prevista è lunedì 2 marzo alle 9:00.', { slots: 1 })],
    ['en', mail('Your offer', 'We are delighted to offer you the position. Your start date is Monday at 9 am.', { slots: 1 })],
  ])('an offer (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));
  it.each([
    ['pt', mail('Proposta', 'Foi ótimo te conhecer ontem. Queremos que você venha trabalhar com a gente no caixa: você começaria na segunda-feira, dia 8, às 8h.', { slots: 1 })],
    ['en', mail('Good news', 'It was lovely meeting you on Friday. We would love you to join the team: you would start on Monday 8 March at 9 am.', { slots: 1 })],
    ['es', mail('Buenas noticias', 'Fue un gusto conocerte el viernes. Queremos que te incorpores: empezarías el lunes 8 de marzo a las 9.', { slots: 1 })],
    ['de', mail('Gute Nachrichten', 'Es war schön, Sie kennenzulernen. Wir möchten Sie gerne einstellen: Sie würden am Montag, 8. März, um 9 Uhr anfangen.', { slots: 1 })],
  ])('an offer a small employer writes by hand, after meeting (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));
  it('"would be great to meet you" is still an invitation', () => {
    expect(isInvitation(mail('Interview', 'It would be great to meet you. Could you come in for an interview on Monday 8 March at 9 am?', { slots: 1 }))).toBe(true);
  });
  it.each([
    ['fr', mail('Samedi', 'Comme on a dit au téléphone, je te confirme ton essai samedi, de 10h à 15h, en salle avec Karine. C’est payé, et on déjeune ensemble après le rush.', { slots: 1 })],
    ['en', mail('Saturday', 'Just confirming your trial shift this Saturday, 10 till 3, front of house. It is paid, and lunch is on us.', { slots: 1 })],
    ['de', mail('Samstag', 'Wie besprochen bestätige ich dir dein Probearbeiten am Samstag von 10 bis 15 Uhr. Wird natürlich bezahlt.', { slots: 1 })],
    ['nl', mail('Zaterdag', 'Zoals afgesproken: je proefdag is zaterdag van 10 tot 15 uur, betaald natuurlijk. Neem zwarte schoenen mee.', { slots: 1 })],
  ])('a paid trial shift already agreed, confirmed (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));
  it('an invitation that mentions a trial day for later is still one', () => {
    expect(isInvitation(mail('Entretien', 'Nous aimerions vous rencontrer pour un entretien jeudi à 10 h ; si cela se passe bien, une journée d’essai suivra.', { slots: 1 }))).toBe(true);
  });

  it.each([
    ['en', mail('12 new jobs for you', 'New jobs matching your saved search. Interviews within a week at several employers. Unsubscribe from these alerts any time.')],
    ['nl', mail('Nieuwe vacatures', 'Vacatures voor jou in Utrecht, sommige met een gesprek binnen 48 uur. Afmelden kan via je profiel.')],
    ['pt', mail('Vagas para você', 'Alerta de vagas: 5 novas vagas com entrevista rápida. Cancelar a inscrição.')],
    ['es (an alert named as the owner’s own)', mail('3 nuevas ofertas de Contable en Sevilla', 'Hola, Inés: estas ofertas coinciden con tu alerta «Contable». Las empresas suelen hacer entrevistas en pocos días. Date de baja aquí.', { slots: 1 })],
    ['de', mail('Neue Stellen', 'Neue Stellen passend zu Ihrem Suchauftrag „Controller“, Vorstellungsgespräche oft schon nächste Woche.', { slots: 1 })],
  ])('a job alert or digest (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['en', mail('Next step: take-home', 'Please complete the take-home assignment and submit it by Friday at 5 pm. We will then set up a final interview.')],
    ['pt', mail('Próxima etapa', 'Enviamos um desafio técnico. Por favor entregue a sua solução até sexta-feira às 18h; depois marcamos a entrevista.')],
    ['de', mail('Fallstudie', 'Im Anhang finden Sie eine Fallstudie. Bitte senden Sie Ihre Lösung bis spätestens Mittwoch, 12 Uhr, zurück.')],
    ['pt (caso prático)', mail('Caso prático – Analista financeiro', 'Obrigado pela conversa de ontem. Como combinado, a próxima fase do processo é um caso prático: pedimos que nos envie a sua resolução até quarta-feira, dia 10, às 17h. Depois voltaremos a contactá-lo.', { slots: 1 })],
    ['it (caso pratico)', mail('Caso pratico', 'Grazie per il colloquio di ieri. Come anticipato, il prossimo passo è un caso pratico da svolgere: ce lo invii entro venerdì 12 alle 12. Poi la ricontatteremo.', { slots: 1 })],
    ['fr', mail('Entretien vidéo différé', "Vous enregistrerez vos réponses seul, quand vous le souhaitez, jusqu'au dimanche 23 h 59.")],
  ])('work to hand in by a deadline (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['es', mail('Jornada de puertas abiertas', 'Te invitamos a nuestra jornada de puertas abiertas el sábado a las 10:00. Inscríbete aquí.', { slots: 1 })],
    ['en', mail('Careers webinar', "You're registered for our live webinar on Thursday at 6 pm. Join with the link below.", { calendarEvents: 1, meetingLink: 'https://webex.example/m/1' })],
    ['it', mail('Open day', 'Ti aspettiamo al nostro open day di sabato alle 11: iscriviti dal link.', { slots: 1 })],
    ['fr', mail('Forum de recrutement – samedi 20 mars', 'Vous avez postulé à l’une de nos offres. Le Groupe Alba organise son forum de recrutement, ouvert à tous les candidats, le samedi 20 mars de 9h30 à 17h : présentation de nos métiers et échanges avec nos équipes. Aucun entretien individuel n’est prévu ce jour-là.', { slots: 1 })],
    ['en', mail('Recruitment fair – Saturday', 'You recently applied to one of our roles. Come to our recruitment fair on Saturday from 10 am to 4 pm: meet our teams and hear about our work. No individual interviews are planned that day.', { slots: 1 })],
  ])('an event for many (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['it', mail('Com’è andato il colloquio?', 'Grazie per aver partecipato al colloquio di martedì. Ci dai la tua opinione in un breve questionario?')],
    ['en', mail('How was your interview?', 'Thank you for interviewing with us on Monday. Please take our two-minute survey.')],
  ])('a survey about a past interview (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['fr', mail('Accusé de réception', "Nous avons bien reçu votre candidature. Si votre profil est retenu, nous vous proposerons un entretien.")],
    ['de', mail('Eingangsbestätigung', 'Ihre Unterlagen sind bei uns eingegangen. Falls Ihr Profil passt, laden wir Sie zu einem Interview ein.')],
  ])('an application receipt that only promises an interview later (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['de', mail('Ihr Einverständnis zur Vorstellung', 'Vielen Dank für das angenehme Telefonat am Freitag. Ich würde Sie gern unserem Kunden vorstellen. Sobald der Kunde Interesse signalisiert, melde ich mich wegen eines Gesprächstermins bei Ihnen.')],
    ['en', mail('Your consent to be presented', 'Thanks for the call on Friday. May I present your profile to my client? As soon as the client confirms interest, I will be in touch about an interview.')],
    ['fr', mail('Votre accord', 'Je souhaite présenter votre profil à notre client. Dès que le client aura donné son retour, je reviendrai vers vous pour fixer un entretien.')],
    ['nl', mail('Uw profiel', 'Mag ik uw profiel aan onze opdrachtgever voorstellen? Zodra de klant heeft gereageerd, neem ik contact met u op voor een gesprek.')],
    ['pt', mail('O seu perfil', 'Posso apresentar o seu perfil ao nosso cliente? Assim que o cliente responder, entro em contato para marcar a entrevista.')],
  ])('an agency asking for consent, an interview only promised once the client answers (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['nl', mail('Je sollicitatie bij Northwind', 'Bedankt voor je sollicitatie op de functie Data Analyst. We hebben je gegevens goed ontvangen en nemen binnen twee weken contact met je op.')],
  ])('an acknowledgement that asks for nothing and offers no time, though its subject names the application in interview words (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it('an acknowledgement that also invites, with a time, stays an invitation', () => {
    expect(isInvitation(mail('Je sollicitatie bij Northwind', 'Bedankt voor je sollicitatie, we hebben je cv goed ontvangen. We nodigen je graag uit voor een gesprek op dinsdag om 10:00 uur.', { slots: 1 }))).toBe(true);
  });

  it('cold outreach that asks whether the candidate is interested at all', () => {
    expect(isInvitation(mail('Opportunities', 'I came across your profile. Would you be open to a quick chat about a couple of roles I am working on? I have some time Tuesday at 4.', { slots: 1 }))).toBe(false);
  });

  it.each([
    ['en', mail('Three more roles worth a look', 'Lovely to catch up on Monday. I have pulled together three other positions that seem to fit. Nothing is booked – if one or more appeals, just say so and I\'ll put you forward.', { from: { name: 'Priya Nair', address: 'priya@kestreltalent.example' }, signature: 'Priya Nair\nPrincipal Consultant | Kestrel Talent' })],
    ['es', mail('Otras vacantes', 'Encantada de hablar el lunes. Te paso tres otras vacantes que encajan con lo que buscas; si alguna te interesa, dímelo y te presento.', { from: { name: 'Lucía Ferrer', address: 'lucia@talentia.example' }, signature: 'Lucía Ferrer\nConsultora | Talentia' })],
  ])('an agency sending other jobs to consider, nothing booked (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['nl', mail('Uw sollicitatie bij Dewaele Logistics', 'Om uw kandidatuur verder te behandelen, vragen wij u eerst ons online sollicitatieformulier in te vullen. Zodra wij uw formulier ontvangen hebben, neemt een van onze recruiters contact met u op om eventueel een gesprek in te plannen.', { signature: 'Hanne Claeys\nRecruitment Officer' })],
    ['en', mail('Your application', 'Please complete our online application form first. Once we have it, one of our recruiters will contact you to possibly schedule an interview.', { signature: 'Sam Lee\nRecruitment Officer' })],
  ])('a form to fill in first, an interview only possibly later (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));

  it.each([
    ['it', mail('Responsabile Pianificazione: qualche informazione', 'Stiamo lavorando per conto del nostro cliente, alla ricerca di un Responsabile Pianificazione. Prima di procedere con un eventuale colloquio, le chiederei di indicarmi la RAL attuale e le sue aspettative economiche. Grazie.', { from: { name: 'Andrea Colombo - Praxis HR', address: 'a.colombo@praxishr.example' }, signature: 'Andrea Colombo\nConsulente Senior' })],
    ['en', mail('Planning Manager: a few questions', 'We are recruiting for our client. Before we move on to a possible interview, could you tell me your current salary and notice period? Thanks.', { from: { name: 'Sam Lowe - Talent Search', address: 'sam@talentsearch.example' }, signature: 'Sam Lowe\nSenior Consultant' })],
  ])('questions before a possible interview (%s)', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));
});

describe('the reading', () => {
  it('keeps the words of each clue, for and against', () => {
    const reading = readInvitation(mail('Interview', 'We would like to invite you to an interview on Monday at 10:00.', { slots: 1 }));
    expect(reading.isInvite).toBe(true);
    expect(reading.clues.find((c) => c.kind === 'inviting')?.evidence).toContain('invite you');
    const rejection = readInvitation(mail('Update', 'We regret to inform you that the role has been filled.'));
    expect(rejection.clues.find((c) => c.kind === 'rejection')?.weight).toBeLessThan(0);
  });

  it('#invite in the owner’s note overrules "not an invitation"', () => {
    const survey = mail('Feedback', 'Please take our survey about your interview.');
    expect(isInvitation(survey)).toBe(false);
    expect(isInvitation(survey, 'They do want to meet, trust me #invite')).toBe(true);
    expect(readInvitation(survey, '#invite').overruled).toBe(true);
  });
});

describe('a deadline is never an interview slot', () => {
  const original = (subject: string, body: string): OriginalMessage => ({
    from: { name: 'Pat', address: 'pat@firm.example' }, replyTo: null, cc: [], subject, date: { instant: new Date('2026-03-02T09:00:00Z'), offsetMinutes: 60 }, messageId: null, body, calendars: [],
  });
  const slotsOf = (subject: string, body: string) => extractFacts(original(subject, body), { ownerAddresses: [], fallbackDate: null, isInvitation: () => true }).slots;
  it.each([
    ['en', 'Take-home', 'Deadline: Friday, March 6 at 5:00 PM.'],
    ['en', 'Take-home', 'Please submit your work no later than Friday, March 6 at 5:00 PM.'],
    ['fr', 'Exercice', "Vous pouvez réaliser l'exercice jusqu'au vendredi 6 mars à 17h."],
    ['de', 'Aufgabe', 'Bitte senden Sie die Lösung bis spätestens Freitag, 6. März, 17:00 Uhr.'],
    ['nl', 'Opdracht', 'Stuur je uitwerking uiterlijk vrijdag 6 maart om 17.00 uur terug.'],
    ['es', 'Prueba', 'Envía la prueba antes del viernes 6 de marzo a las 17:00.'],
    ['it', 'Esercizio', "Invia l'esercizio entro venerdì 6 marzo alle 17:00."],
  ])('%s: %s', (_lang, subject, body) => expect(slotsOf(subject, body)).toEqual([]));

  it('while the interview time in the same mail stays', () => {
    const slots = slotsOf('Interview', 'Your interview is on Tuesday, March 10 at 10:00 AM. Please confirm by Friday, March 6 at 5:00 PM.');
    expect(slots).toHaveLength(1);
    expect(slots[0]?.start).toMatch(/^2026-03-10T10:00/);
  });
});

describe('read with the lists of the mail’s own languages', () => {
  it('takes no word of another language for one of its own (a Polish inflection is no Spanish hotel)', () => {
    // Polish lists read "hotel~" (hotelu, hotelem); a Spanish company named "… Hoteles" is no travel.
    const spanish = 'Hola Marta:\nGracias por tu candidatura para el puesto de recepcionista en Grupo Solmar Hoteles. ¿Podemos hablar por teléfono mañana a las 10:00? Serán unos 15 minutos.';
    expect(readInviteSignals(spanish, { role: null }).travel).toBe(false);
    expect(readInviteSignals(spanish, { role: null }).evidence.time).toBeUndefined();
    // The same word in a Polish mail is the Polish word.
    expect(readInviteSignals('Dzień dobry, zapewniamy nocleg w hotelu przy biurze na czas rozmowy w Krakowie. Dziękujemy i pozdrawiamy.', { role: null }).travel).toBe(true);
  });

  it('reads a recruiting mailbox in any language: "talent@" under a Polish text', () => {
    const polish = mail('Zaproszenie na rozmowę', 'Dzień dobry, zapraszamy na rozmowę kwalifikacyjną na stanowisko analityka w naszym biurze w Poznaniu. Czy pasuje Pani wtorek o 10:00?', {
      from: { name: 'Zespół Rekrutacji', address: 'talent@firma.example' },
      slots: 1,
    });
    expect(readInvitation(polish).clues.map((c) => c.kind)).toContain('recruiter');
  });
});

describe('"unfortunately … not" is a rejection only when it is about the application', () => {
  it.each([
    ['es', 'Invitación a entrevista', 'Nos gustaría invitarte a una entrevista el martes a las 10:00 en nuestra oficina. Lamentablemente no podemos reembolsar los gastos de viaje.'],
    ['nl', 'Uitnodiging sollicitatiegesprek', 'Graag nodigen wij je uit voor een gesprek op dinsdag om 10:00 op ons kantoor. Helaas kunnen wij de reiskosten niet vergoeden.'],
    ['pt', 'Convite para entrevista', 'Gostaríamos de convidá-la para uma entrevista na terça às 10h no nosso escritório. Infelizmente não podemos reembolsar as despesas de viagem.'],
    ['pl', 'Zaproszenie na rozmowę', 'Zapraszamy na rozmowę kwalifikacyjną we wtorek o 10:00 w naszym biurze. Niestety nie zwracamy kosztów dojazdu.'],
  ])('a cost or a practical matter the company cannot help with is no rejection (%s)', (_lang, subject, body) => {
    const reading = readInvitation(mail(subject, body, { slots: 1 }));
    expect(reading.clues.map((c) => c.kind)).not.toContain('rejection');
    expect(reading.isInvite).toBe(true);
  });

  it.each([
    ['es', 'Lamentablemente, hemos decidido no seguir adelante con tu candidatura en esta ocasión.'],
    ['nl', 'Helaas moeten we je laten weten dat we je sollicitatie niet verder in behandeling nemen.'],
    ['pt', 'Infelizmente não vamos dar seguimento à sua candidatura neste momento.'],
    ['pl', 'Niestety tym razem nie możemy zaproponować Pani dalszego udziału w procesie rekrutacji.'],
  ])('a no to the application still is one (%s)', (_lang, body) => {
    expect(readInvitation(mail('Re: application', body)).clues.map((c) => c.kind)).toContain('rejection');
  });
});

describe('"would you be open to an interview on <date>?" asks for an interview', () => {
  const input = (body: string): InvitationInput => ({ subject: 'Payroll Assistant', body, signature: 'Grace Mitchell\nHarbour Bank', from: { name: 'Grace Mitchell', address: 'grace@harbourbank.example' }, slots: 0, calendarEvents: 0, calendarText: '', meetingLink: null, schedulingLink: null });
  it('is an invitation, its dates named by month and day', () => {
    const reading = readInvitation(input("Good to be in touch again. Would you be open to a 30-minute phone interview on March 17 or 18?"));
    expect(reading.isInvite).toBe(true);
    expect(reading.clues.map((c) => c.kind)).toContain('days-named');
    expect(reading.clues.map((c) => c.kind)).not.toContain('cold');
  });
  it('while "would you be open to hearing more?" is still cold outreach', () => {
    expect(readInvitation(input('I came across your profile. Would you be open to hearing more about a role with us?')).isInvite).toBe(false);
  });
});

describe('an Austrian "Hearing" is an interview', () => {
  const input = (body: string): InvitationInput => ({ subject: 'Ihre Bewerbung als Projektsteuerer (m/w/d)', body, signature: 'Renate Pichler\nPersonalabteilung', from: { name: 'Renate Pichler', address: 'r.pichler@landesbau.example' }, slots: 0, calendarEvents: 0, calendarText: '', meetingLink: null, schedulingLink: null });
  it('is an invitation', () => {
    expect(readInvitation(input('Wir laden Sie zu einem Hearing am Donnerstag, 22. April 2027, um 10:00 Uhr in die Conrad-von-Hötzendorf-Straße 94, 8010 Graz, ein.')).isInvite).toBe(true);
  });
});

describe('a relay’s "Cancelar inscrição" is one unsubscribe line, not also a registration', () => {
  const input = (body: string): InvitationInput => ({ subject: 'Camila Souza enviou uma mensagem para você', body, signature: '', from: { name: 'Camila Souza via LinkedIn', address: 'messages-noreply@linkedin.example' }, slots: 1, calendarEvents: 0, calendarText: '', meetingLink: null, schedulingLink: null });
  it('a call proposed at a time, with the relay’s footer, is an invitation', () => {
    expect(readInvitation(input('Podemos fazer uma ligação rápida na quinta, 10/06, às 16h (horário de Brasília)?\n\nVocê está recebendo e-mails de notificação de mensagens. Cancelar inscrição: https://www.linkedin.example/e/v2?e=unsub')).isInvite).toBe(true);
  });
});

describe('cancelling offered as a choice is no cancellation', () => {
  it.each([
    ['Tienes una entrevista para «Recepcionista bilingüe»', '¡Enhorabuena! Hoteles Cardona te convoca a una entrevista presencial.\nFecha: jueves, 15 de octubre de 2026\nHora: 11:30 h\nPuedes confirmar o cancelar la entrevista desde tu área de candidato.'],
    ['Interview invitation', 'Brightline would like to interview you on Wednesday 30 September at 10:30.\nIf you need to cancel the interview, use the link in your account.'],
    ['Einladung zum Vorstellungsgespräch', 'Wir laden Sie am 9. März um 14 Uhr zum Gespräch ein. Falls Sie den Termin absagen müssen, geben Sie uns bitte Bescheid.'],
  ])('%s', (subject, body) => {
    expect(isInvitation(mail(subject, body, { slots: 1 }))).toBe(true);
  });

  it('but an interview called off still is one', () => {
    expect(isInvitation(mail('Entrevista cancelada', 'Lamentamos informarte de que tenemos que cancelar la entrevista del jueves 15 de octubre a las 11:30.', { slots: 1 }))).toBe(false);
  });
});

describe('an assessment centre is a selection day, and Polish invitations named as nouns', () => {
  it('reads "Einladung zum Assessment Center" as an invitation, a take-home assessment still not', () => {
    expect(isInvitation(mail('Einladung zum Assessment Center – Arbeitsvorbereitung', 'Wir freuen uns, Sie zu unserem zweitägigen Assessment Center am 15. und 16. März 2027 in Friedrichshafen einzuladen.'))).toBe(true);
    expect(isInvitation(mail('Your assessment', 'Please complete the online assessment by Friday 12 March; it takes about 90 minutes.'))).toBe(false);
  });

  it.each([
    ['fr, English words in a French mail', "Assessment center – Adjoint(e) logistique", "La prochaine étape est un assessment center d'une journée, le jeudi 19 novembre de 9h à 17h, à notre siège parisien."],
    ['en', 'Next steps', 'The next stage is an assessment day at our Leeds office on Thursday 19 November, 9am to 4pm.'],
    ['es', 'Siguiente fase', 'La siguiente fase es una jornada de selección el jueves 19 de noviembre de 9:00 a 17:00 en nuestra sede.'],
    ['nl', 'Volgende stap', 'De volgende stap is een selectiedag op donderdag 19 november van 9.00 tot 17.00 uur op ons hoofdkantoor.'],
  ])('a selection day with its time, named in no other interview word, is an invitation (%s)', (_case, subject, body) => {
    expect(isInvitation(mail(subject, body, { slots: 1 }))).toBe(true);
  });

  it('reads "Ponowne zaproszenie" and "klient spotka się z Panem" as an invitation', () => {
    expect(isInvitation(mail('Ponowne zaproszenie – Helpdesk IT', 'Projekt ruszył na nowo i klient chętnie spotka się z Panem 12 stycznia o 9:00.', { slots: 1 }))).toBe(true);
  });
});

describe('a job board saying the application was sent', () => {
  it('is a receipt, whatever interview it says may follow', () => {
    const body = 'Ihre Bewerbung als Teamassistenz Vertrieb (m/w/d) bei der Hagedorn Medizintechnik GmbH wurde erfolgreich versendet.\n\nWie geht es weiter?\nDas Unternehmen prüft Ihre Unterlagen und meldet sich direkt bei Ihnen – zum Beispiel mit einer Einladung zum Vorstellungsgespräch oder mit Rückfragen.';
    expect(isInvitation(mail('Ihre Bewerbung wurde erfolgreich versendet', body))).toBe(false);
    expect(isInvitation(mail('Application sent', 'Your application for Payroll Officer has been successfully submitted. The employer will contact you if you are shortlisted for an interview.'))).toBe(false);
  });
});

describe('the French civic buildings called "Hôtel"', () => {
  it('are no overnight stay', () => {
    const facts = { company: null, role: null, format: 'video', slots: [] } as unknown as Parameters<typeof readInviteSignals>[1];
    expect(readInviteSignals('Conseil départemental de la Vallée-Noire\nHôtel du Département – 2, rue de la Préfecture – 36210 Saint-Loup', facts).travel).toBe(false);
    expect(readInviteSignals("L'entretien aura lieu à l'Hôtel de Ville, salle 3.", facts).travel).toBe(false);
    expect(readInviteSignals('Nous réservons pour vous une nuit à l’hôtel près du site.', facts).travel).toBe(true);
  });
});

describe('a small employer asking the candidate to come by at a time, without the word "interview"', () => {
  it.each([
    ['Pour le poste', 'Ici Karim de la boulangerie. Vous pourriez passer jeudi 4 février vers 15h à la boutique ?'],
    ['extra pair of hands', 'We need an extra pair of hands in the workshop. Could you pop in next Tuesday at half past ten?'],
    ['colloquio', 'Ci servirebbe un junior designer. Ti va di passare giovedì 11 febbraio verso le 11?'],
    ['Praca', 'Szukamy kogoś na zmianę poranną. Może pani wpaść w czwartek o 10?'],
    ['Vacature', 'We zoeken iemand voor de kassa. Kun je donderdag om 14 uur even langswippen?'],
  ])('%s', (subject, body) => {
    expect(isInvitation(mail(subject, body, { slots: 1 }))).toBe(true);
  });
});

describe('an imperative or suggestion to come by is an invitation ("come by", separable verbs, "fancy…?")', () => {
  it.each([
    ['de', 'Wir suchen jemanden für das Lager. Kommen Sie doch am Montag um 9 bei uns im Betrieb vorbei.'],
    ['de ("hättest du Lust")', 'Wir brauchen jemanden im Service. Hättest du Lust, mal reinzuschauen? Sonntag um 11 ginge.'],
    ['fr', 'On cherche un vendeur. Passez donc mardi vers 10 h au magasin.'],
    ['es', 'Buscamos a alguien para la barra. Pásate por aquí el viernes a las 6.'],
    ['it', 'Cerchiamo un aiuto in cucina. Passa pure in negozio lunedì alle 15.'],
    ['nl', 'We zoeken iemand voor de balie. Kom gerust vrijdag om 10 uur langs.'],
    ['pt', 'Precisamos de alguém para a loja. Passa cá na quinta às 16h.'],
    ['pl', 'Szukamy kogoś do sklepu. Wpadnijcie w piątek o 12.'],
    ['en', 'We need someone for the front desk. Why not pop in on Friday at 11?'],
  ])('%s', (_lang, body) => expect(isInvitation(mail('Hallo', body, { slots: 1 }))).toBe(true));
  it('"passez une bonne journée" is no invitation to come by', () => {
    expect(readInvitation(mail('Merci', 'Merci pour votre message. Passez une bonne journée.')).clues.map((c) => c.kind)).not.toContain('inviting');
  });
});

describe('a Dutch or Italian assessment to finish "before Friday" is work by a deadline', () => {
  it.each([
    ['Online assessment', 'Als volgende stap vragen we je een online assessment te maken. Graag afronden vóór vrijdag 12 februari om 23.59 uur. Daarna plannen we misschien een gesprek.'],
    ['Test online', 'Come prossimo passo ti chiediamo di completare un test online. Ti preghiamo di completarlo prima di venerdì 12 febbraio. Poi valuteremo un colloquio.'],
  ])('%s', (subject, body) => expect(isInvitation(mail(subject, body, { signature: 'Talent Acquisition' }))).toBe(false));
});

describe('a Polish online test with "Termin wykonania: do 17 marca", the best invited later', () => {
  it('is no invitation, and its deadline no slot', () => {
    const body = 'Kolejnym etapem rekrutacji jest test kompetencji online.\n\nTermin wykonania: do 17 marca 2027 r., godz. 23:59\nLink do testu: https://app.example/assessment/start\n\nOsoby, które uzyskają najlepsze wyniki, zaprosimy na rozmowę.';
    expect(isInvitation(mail('Test kompetencji online', body))).toBe(false);
  });
});

describe('an application is no interview', () => {
  it('"sollicitatie" (the application) in a Dutch subject is no interviewing clue; "sollicitatiegesprek" is', () => {
    const clues = (subject: string) => readInvitation(mail(subject, 'Beste Sanne, dank voor je bericht.')).clues.map((c) => c.kind);
    expect(clues('Uw sollicitatie Projectleider')).not.toContain('interviewing');
    expect(clues('Uitnodiging sollicitatiegesprek Projectleider')).toContain('interviewing');
  });
});

describe('how the mail-kind lists are written', () => {
  it('no pattern starts or ends with a space, or ends in an optional part after one (a space is compiled as one or more and a word boundary follows the pattern: "… laten we " never matched)', () => {
    const written = Object.entries(MailKinds).flatMap(([name, kind]) =>
      kind && typeof kind === 'object' && !Array.isArray(kind) && !(kind instanceof RegExp)
        ? Object.values(kind as Record<string, unknown>).flatMap((list) => (Array.isArray(list) ? list.filter((p): p is string => typeof p === 'string').map((p) => `${name}: ${p}`) : []))
        : [],
    );
    expect(written.length).toBeGreaterThan(500);
    expect(written.filter((p) => /\s$|^[^:]+: \s| \(\?:[^()]*\)\?$/u.test(p))).toEqual([]);
  });
});

describe('a small employer asking the candidate to come by or offering to call, with one loose time', () => {
  it.each([
    ['it', 'Per il lavoro al banco', 'Mi serve qualcuno per il banco. Se ti va passa domani pomeriggio verso le 4, che a quell’ora il locale è tranquillo e parliamo con calma.'],
    ['es', 'Trabajo en la tienda', 'Necesito a alguien para atender la tienda. Pásate mañana por la tarde y hablamos.'],
    ['fr', 'Poste à l’atelier', 'J’ai besoin de quelqu’un à l’atelier. Passez demain en fin de matinée, on en parle.'],
    ['nl', 'je sollicitatie', 'Ik zoek iemand voor de kapsalon. Mag ik je zaterdag rond de middag even bellen?'],
    ['pt', 'Trabalho na loja', 'Preciso de alguém para a loja. Passa amanhã à tarde para falarmos.'],
  ])('is an invitation (%s)', (_lang, subject, body) => expect(isInvitation(mail(subject, body, { slots: 1 }))).toBe(true));
});

describe('thanks for a trial day, a decision still to come: no invitation', () => {
  it.each([
    ['en', mail('Tuesday', 'Thanks so much for Tuesday, you fitted right in. We have two more people in this week and will make our minds up by Monday. I will ring you either way.')],
    ['de', mail('Probetag', 'Danke nochmal für den Probetag! Wir entscheiden uns bis Ende der Woche und melden uns so oder so bei dir.')],
    ['es', mail('El sábado', 'Muchas gracias por el sábado, lo hiciste muy bien. Decidiremos la semana que viene y te aviso en cualquier caso.')],
    ['pl', mail('Sobota', 'Dziękuję bardzo za sobotę, świetnie sobie poradziłeś. Zdecydujemy do piątku, zadzwonię tak czy inaczej.')],
  ])('%s', (_lang, input) => expect(readInvitation(input, null).isInvite).toBe(false));
  it('thanks for a day, then a time for the interview, is still one', () =>
    expect(readInvitation(mail('Next step', 'Thanks for Friday\'s call. We would like to invite you to an interview on Tuesday at 10:00 at our office.', { slots: 1 }), null).isInvite).toBe(true));
});

describe('an interview put off with no new date, the process on hold: no invitation', () => {
  const sig = { signature: 'Saludos,\nLuis Pardo\nPeople Team · Grupo Norte', meetingLink: 'https://zoom.example/j/1' };
  it.each([
    ['es', mail('Re: Entrevista – Analista', 'Tenemos que aplazar la entrevista del martes. El proceso queda en pausa unas semanas, así que por ahora no puedo darte otra fecha. En cuanto la tengamos, te escribo para proponerte nuevos horarios.', sig)],
    ['en', mail('Re: Interview – Analyst', 'We have to postpone Tuesday’s interview. The hiring process is on hold for a few weeks, so I cannot give you a new date yet. As soon as we have one, we will get back to you with new times.', sig)],
    ['de', mail('AW: Vorstellungsgespräch', 'Wir müssen das Gespräch am Dienstag verschieben. Das Auswahlverfahren ist für einige Wochen pausiert, daher kann ich Ihnen noch keinen neuen Termin nennen.', sig)],
  ])('%s', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));
});

describe('the role offered to another candidate after the interview: a rejection', () => {
  it.each([
    ['en', mail('Your application – Officer', 'Thank you for taking the time to interview with us last week. The panel enjoyed meeting you, but we have decided to offer the role to another candidate. You asked for feedback, so here it is: your exercise was one of the strongest.')],
    ['fr', mail('Votre candidature', "Merci pour votre entretien de mardi. Nous avons décidé de proposer le poste à une autre candidate, dont l'expérience était plus proche du besoin.")],
    ['de', mail('Ihre Bewerbung', 'Vielen Dank für das Gespräch am Dienstag. Wir haben uns entschieden, die Stelle einer anderen Bewerberin anzubieten.')],
  ])('%s', (_lang, evidence) => expect(isInvitation(evidence)).toBe(false));
});

describe('"würden Sie gern persönlich kennenlernen" and a link to choose a time: an invitation', () => {
  it.each([
    ['de', mail('Ihre Bewerbung – Property Management', 'Ihre Bewerbung hat uns überzeugt, und wir würden Sie gern persönlich kennenlernen. Wählen Sie über den folgenden Link einen passenden Termin in der kommenden Woche: https://termine.example/x')],
    ['fr', mail('Votre candidature', 'Votre profil nous intéresse. Choisissez directement un créneau qui vous convient via ce lien : https://rdv.example/x')],
    ['nl', mail('Je sollicitatie', 'Leuk dat je hebt gesolliciteerd! Kies via deze link een moment dat jou past: https://afspraak.example/x')],
  ])('%s', (_lang, evidence) => expect(isInvitation(evidence)).toBe(true));
});

describe('a German thank-you after the visit, an answer promised later: no invitation', () => {
  it('"danke, dass Sie sich die Zeit genommen haben", "melden wir uns mit einer Rückmeldung"', () => {
    const thanks = mail('Vielen Dank für Ihren Besuch', 'Liebe Frau Roth,\n\nherzlichen Dank, dass Sie sich heute die Zeit genommen haben, uns in Kassel zu besuchen. Wir haben das Gespräch über die Position als Controllerin als sehr offen empfunden.\n\nIn den kommenden Tagen führen wir noch weitere Gespräche. Bis Freitag, 18. Dezember, melden wir uns mit einer Rückmeldung bei Ihnen.', { signature: 'Jana Kolb\nTalent Acquisition' });
    expect(isInvitation(thanks)).toBe(false);
  });
});

describe('the company saying it met the owner before makes a later opening the lead', () => {
  it.each([
    'Great to be back in touch! We spoke back in 2024 about the analyst opening, and a new role has come up.',
    'You may remember us: we met at the careers fair and you applied for our graduate scheme.',
    // the company named as who met them, not "we"; a CV kept on file; Italian "ci eravamo già sentiti"
    'You may remember that Tessaly interviewed you last spring for the Risk Analytics post.',
    'The hiring manager kept your CV on file and asked for you by name.',
    'Ci eravamo già sentiti lo scorso marzo per la posizione di Junior Analyst, poi coperta internamente.',
    // Mexican and Rioplatense Spanish: "platicar", "estuvimos hablando", the year before the verb, a profile kept "en el radar"
    'Ya habíamos platicado contigo el año pasado, cuando participaste en el proceso para Analista de Compras.',
    'El año pasado estuvimos hablando por la búsqueda de Tech Lead que quedó en pausa.',
    'Quedamos muy contentos con esa charla y te guardamos en nuestro radar.',
  ])('%j', (text) => {
    expect(readInviteSignals(text, { role: 'Analyst' }).invitedBefore).toBe(true);
  });
  it('"como hemos hablado por teléfono" is the call that set the interview up, no earlier contact', () => {
    expect(readInviteSignals('Como hemos hablado por teléfono, te envío los datos de la entrevista.', { role: 'Analyst' }).invitedBefore).toBe(false);
  });
  it.each([
    'Our founding partner retires in December and we have decided to close the practice rather than carry on without him.',
    'Hemos decidido cerrar el estudio a final de año.',
  ])('a small employer deciding to close its business is bleak: %j', (text) => {
    expect(readInviteSignals(text, { role: 'Archive assistant' }).bleak).toBe(true);
  });
  it('a year in the future is no earlier meeting', () => {
    expect(readInviteSignals('We would like to invite you to an interview; the role starts in 2027.', { role: 'Analyst' }).invitedBefore).toBe(false);
  });
});

describe('a small employer saying it is closing or selling up, and a thankless job', () => {
  it.each([
    ['en', 'The premises are up for sale and we will most likely close at the end of the season.'],
    ['es', 'El local está en venta y no te puedo prometer nada más allá de junio.'],
    ['it', 'Chiuderemo definitivamente a fine anno, te lo dico subito.'],
    ['de', 'Der Laden steht zum Verkauf, wir sperren wohl für immer zu.'],
  ])('bleak (%s)', (_language, text) => expect(readInviteSignals(text, { role: null }).bleak).toBe(true));
  it.each([['We close at 6pm on Fridays.'], ['Wir schließen um 18 Uhr.'], ['Chiudiamo ad agosto per ferie.']])('opening hours and holidays are none: %s', (text) => {
    expect(readInviteSignals(text, { role: null }).bleak).toBe(false);
  });
  it.each([['Honestly, it is a thankless job: opening at six and cleaning.'], ['Es un trabajo ingrato, no te voy a engañar.']])('dud: %s', (text) => {
    expect(readInviteSignals(text, { role: null }).dudRole).toBe(true);
  });
});

describe('an open house in a language that borrows the English name, with no interview that evening', () => {
  it('a German "Open-House-Abend" with no interview slots is no invitation', () => {
    const body = 'Am Donnerstag, 27. Mai 2027, öffnen wir von 17:00 bis 20:00 Uhr die Türen unseres Campus. Lernen Sie unsere Teams kennen und kommen Sie mit Kolleginnen ins Gespräch.\nEine Anmeldung ist nicht nötig, und feste Gesprächstermine vergeben wir an diesem Abend nicht. Kommen Sie einfach vorbei, wann es Ihnen passt.\nZu Ihrer laufenden Bewerbung melden wir uns separat.';
    expect(isInvitation(mail('Einladung: Open-House-Abend bei der Rheinblick Versicherung', body, { slots: 1 }))).toBe(false);
  });
  it('an interview after the event is still one', () => {
    expect(isInvitation(mail('Einladung zum Vorstellungsgespräch', 'Wir laden Sie am Donnerstag, 27. Mai, um 10 Uhr zu einem Vorstellungsgespräch ein.'))).toBe(true);
  });
});

describe('a selection programme stated to last six hours or more is a full day', () => {
  it.each([
    ['nl', 'Graag nodigen wij u uit voor de selectiedag. Het programma duurt van 8.30 tot 16.30 uur en bestaat uit een assessment en twee gespreksrondes.'],
    ['pt', 'O processo de seleção decorre das 9h00 às 17h00 e inclui uma dinâmica de grupo.'],
  ])('%s', (_lang, text) => expect(readInviteSignals(text, { role: 'Analyst' }).fullDay).toBe(true));
  it.each([
    ['de', 'Besuchen Sie uns auf der Messe, der Stand ist von 10 bis 18 Uhr geöffnet.'],
    ['en', 'Our shop is open from 9:00 to 17:00, Monday to Saturday.'],
    ['nl', 'Koffiehuis De Bries · di t/m zo 8.00–18.00 · Twijnstraat 41, Utrecht. Kom morgenmiddag rond drie uur langs voor een gesprek.'],
  ])('%s: a fair\'s or a shop\'s hours are not', (_lang, text) => expect(readInviteSignals(text, { role: 'Analyst' }).fullDay).toBe(false));
});

describe('a stated span of hours over a range of weekdays is a shop\'s or a shift\'s hours, no time cost', () => {
  it('"di t/m zo 8.00–18.00"', () => expect(readInviteSignals('Koffiehuis De Bries · di t/m zo 8.00–18.00 · Twijnstraat 41. Kom morgen langs voor een gesprek.', { role: 'Barista' }).evidence.time).toBeUndefined());
  it('"het programma duurt van 8.30 tot 16.30 uur" (a dot inside a time ends no sentence)', () =>
    expect(readInviteSignals('Het programma duurt van 8.30 tot 16.30 uur en bestaat uit een assessment.', { role: 'Teamleider' }).evidence.time).toContain('8.30 tot 16.30'));
});

describe('the plural of registration in a job\'s tasks is no sign-up', () => {
  it('"ya no me doy abasto con las inscripciones" in a small employer\'s invitation', () =>
    expect(isInvitation(mail('Vacante recepcionista', 'Somos un estudio de yoga chiquito y ya no me doy abasto sola con las inscripciones y los cobros. Me encantaría conocerte en persona, aquí en el estudio, para platicar con calma.', { slots: 1 }))).toBe(true));
  it('"inscripción gratuita" to an event still is one', () =>
    expect(readInvitation(mail('Feria de empleo', 'Inscripción gratuita en nuestra web.')).clues.map((c) => c.kind)).toContain('registering'));
});

describe('a small employer asking the candidate to drop by at a time is an invitation', () => {
  it.each([
    ['Candidatura disegnatore', 'Qui in studio siamo in cinque e cerchiamo un disegnatore CAD. Le andrebbe di passare lunedì 8 marzo alle 9.30?'],
    ['Hofladen', 'Wir brauchen ab Mai jemanden für den Hofladen. Komm doch am Samstag so um halb zehn vorbei.'],
    ['Votre candidature', 'On cherche quelqu’un pour le service en salle. Passez jeudi vers 15h, on pourra discuter.'],
    ['Tu CV', 'Buscamos a alguien para la tienda. Pásate el jueves a las 11.'],
    ['Praca', 'Szukamy kogoś do sklepu. Wpadnij w piątek o 10.'],
  ])('%s', (subject, body) => {
    expect(isInvitation(mail(subject, body, { slots: 1 }))).toBe(true);
  });
});

describe('what befell an earlier process the mail recalls is no verdict on this one', () => {
  it('a recruitment frozen last year, a new time proposed now', () => {
    const body = 'Nous avions échangé l’an dernier au sujet d’un poste de Product Owner, et vous étiez venue rencontrer l’équipe avant que le recrutement ne soit gelé.\nNous ouvrons aujourd’hui un poste de Product Manager. Je vous propose un premier échange en visio le mardi 27 octobre à 9h30.';
    expect(isInvitation(mail('Nouveau poste – Product Manager', body, { slots: 1 }))).toBe(true);
  });
  it('a recruitment frozen now still puts the mail on hold', () => {
    expect(isInvitation(mail('Votre candidature', 'Le recrutement est gelé pour le moment. Je reviendrai vers vous.', { slots: 0 }))).toBe(false);
  });
});

describe('after review: a year ahead is no earlier process, a sign-off is no drop-by', () => {
  it('a recruitment suspended until a year ahead still cancels the interview', () => {
    expect(isInvitation(mail('Votre entretien', 'Le recrutement est suspendu jusqu’en 2026, nous devons annuler votre entretien.', { slots: 0 }))).toBe(false);
  });
  it('"Passez une bonne journée" and "passare alla fase successiva" are no invitation to drop by', () => {
    for (const body of ['Merci pour votre candidature. Passez une bonne journée.', 'Grazie, ora si può passare alla fase successiva.']) {
      expect(readInvitation(mail('Candidature', body)).clues.some((c) => c.kind === 'meeting')).toBe(false);
    }
  });
});
