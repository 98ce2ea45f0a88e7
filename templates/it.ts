/** Le bozze in italiano (quando l'invito è in italiano). Stesse variabili di templates/en.ts. */
export const slotWords = { locale: 'it-IT', at: 'alle' } as const;

// Neutral by wording, never by endings: "felice", "disponibile" and verbs with "avere" do not change
// with the writer's gender ("lieto/a", "grato/a", "interessato/a" would).
export const drafts = {
  greetingNamed: `Gentile {{name}},`,
  greetingUnnamed: `Buongiorno,`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Gentile team di {{company}},`,
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `nei giorni feriali tra le 9:00 e le 17:00`,
  subjectWhenNone: `Re: il vostro invito a un colloquio`,
  noAddress: `[invite-advisor non ha trovato alcun indirizzo a cui rispondere: inviate questo messaggio tramite {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}il portale delle candidature o la pagina degli appuntamenti dell'azienda{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

vi ringrazio per l'invito a un colloquio{{#role}} per la posizione di {{role}}{{/role}}{{#company}} presso {{company}}{{/company}}. {{#passed}}Vedo che l'orario proposto{{#slot}} ({{slot}}){{/slot}} è già passato nel momento in cui vi scrivo. Mi farebbe comunque molto piacere incontrarvi: sono disponibile {{availability}}; potremmo fissare un nuovo orario?{{/passed}}{{^passed}}{{#conflict}}Sarei felice di incontrarvi, ma {{#slot}}{{slot}}{{/slot}}{{^slot}}in quel momento{{/slot}} ho già un impegno. Sono disponibile {{availability}}; sarebbe possibile fissare un altro orario?{{/conflict}}{{^conflict}}{{#slot}}Vi confermo con piacere {{#several}}l'orario proposto di {{/several}}{{^several}}il colloquio di {{/several}}{{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}Prenoterò un orario tramite il vostro link per gli appuntamenti.{{/schedulingLink}}{{^schedulingLink}}Sono disponibile {{availability}}; vi prego di indicarmi l'orario che preferite.{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

Sarà un piacere conoscervi.

Cordiali saluti,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

vi ringrazio per l'invito a un colloquio{{#role}} per la posizione di {{role}}{{/role}}{{#company}} presso {{company}}{{/company}}. Dopo un'attenta riflessione, ho deciso di non proseguire con questa opportunità.

Ho apprezzato molto il vostro interesse e mi farebbe piacere restare in contatto: se{{#company}} presso {{company}}{{/company}} si aprisse una posizione più vicina ai miei obiettivi, sarei felice di saperlo.

Cordiali saluti,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;
