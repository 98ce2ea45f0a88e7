/** Die Entwürfe auf Deutsch (wenn die Einladung auf Deutsch ist). Dieselben Variablen wie templates/en.ts. */
export const slotWords = { locale: 'de-DE', at: 'um' } as const;

export const drafts = {
  greetingNamed: `Guten Tag {{fullName}},`,
  greetingUnnamed: `Guten Tag,`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Guten Tag, liebes Team von {{company}},`,
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `werktags zwischen 9:00 und 17:00 Uhr`,
  subjectWhenNone: `Re: Ihre Einladung zum Vorstellungsgespräch`,
  noAddress: `[invite-advisor hat keine Antwortadresse gefunden: Senden Sie dies über {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}das Bewerbungsportal oder die Terminseite des Unternehmens{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

vielen Dank für die Einladung zum Vorstellungsgespräch{{#role}} für die Position {{role}}{{/role}}{{#company}} bei {{company}}{{/company}}. {{#passed}}Leider ist der vorgeschlagene Termin{{#slot}} ({{slot}}){{/slot}} inzwischen bereits vorbei. Ich würde mich trotzdem sehr gerne mit Ihnen treffen: Ich bin {{availability}} verfügbar; könnten wir einen neuen Termin finden?{{/passed}}{{^passed}}{{#conflict}}Ich würde mich gerne mit Ihnen treffen, habe aber {{#slot}}am {{slot}}{{/slot}}{{^slot}}zu diesem Zeitpunkt{{/slot}} bereits einen Termin. Ich bin {{availability}} verfügbar; wäre ein anderer Termin für Sie möglich?{{/conflict}}{{^conflict}}{{#slot}}Gerne bestätige ich {{#several}}den vorgeschlagenen Termin am {{/several}}{{^several}}den Termin am {{/several}}{{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}Ich buche einen Termin über Ihren Terminlink.{{/schedulingLink}}{{^schedulingLink}}Ich bin {{availability}} verfügbar; bitte teilen Sie mir mit, welcher Termin Ihnen am besten passt.{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

Ich freue mich auf das Gespräch.

Mit freundlichen Grüßen
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

vielen Dank für die Einladung zum Vorstellungsgespräch{{#role}} für die Position {{role}}{{/role}}{{#company}} bei {{company}}{{/company}}. Nach reiflicher Überlegung habe ich mich entschieden, diese Gelegenheit nicht weiter zu verfolgen.

Ich habe mich über Ihre Nachricht gefreut und bleibe gerne in Kontakt: Sollte sich{{#company}} bei {{company}}{{/company}} eine Position ergeben, die besser zu meinen Zielen passt, würde ich mich freuen, davon zu hören.

Mit freundlichen Grüßen
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;
