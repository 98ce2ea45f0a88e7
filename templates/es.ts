/** Los borradores en español (cuando la invitación está en español). Las mismas variables que templates/en.ts. */
export const slotWords = { locale: 'es-ES', at: 'a las' } as const;

export const drafts = {
  greetingNamed: `Hola, {{name}}:`,
  greetingUnnamed: `Hola:`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Hola, equipo de {{company}}:`,
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `los días laborables entre las 9:00 y las 17:00`,
  subjectWhenNone: `Re: su invitación a una entrevista`,
  noAddress: `[invite-advisor no encontró ninguna dirección de respuesta: envíe esto a través de {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}el portal de candidaturas o la página de citas de la empresa{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Muchas gracias por la invitación a la entrevista{{#role}} para el puesto de {{role}}{{/role}}{{#company}} en {{company}}{{/company}}. {{#passed}}Veo que el horario propuesto{{#slot}} ({{slot}}){{/slot}} ya ha pasado en el momento de escribirles. Me encantaría reunirme con ustedes igualmente: estoy disponible {{availability}}; ¿podríamos acordar un nuevo horario?{{/passed}}{{^passed}}{{#conflict}}Me encantaría reunirme con ustedes, pero ya tengo un compromiso {{#slot}}el {{slot}}{{/slot}}{{^slot}}a esa hora{{/slot}}. Estoy disponible {{availability}}; ¿les vendría bien otro horario?{{/conflict}}{{^conflict}}{{#slot}}Con mucho gusto confirmo {{#several}}el horario propuesto del {{/several}}{{^several}}la entrevista del {{/several}}{{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}Reservaré un horario a través de su enlace de citas.{{/schedulingLink}}{{^schedulingLink}}Estoy disponible {{availability}}; por favor, indíquenme el horario que mejor les convenga.{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

Quedo a la espera de conversar con ustedes.

Un cordial saludo,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Muchas gracias por la invitación a la entrevista{{#role}} para el puesto de {{role}}{{/role}}{{#company}} en {{company}}{{/company}}. Después de pensarlo con calma, he decidido no continuar con esta oportunidad.

Agradezco mucho su contacto y me gustaría seguir en comunicación: si surge{{#company}} en {{company}}{{/company}} un puesto más cercano a mis objetivos, me alegrará mucho saberlo.

Un cordial saludo,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;
