/** Os rascunhos em português (quando o convite está em português). As mesmas variáveis que templates/en.ts. */
export const slotWords = { locale: 'pt-PT', at: 'às' } as const;

// Written to read naturally in Portugal and in Brazil (no "você"/"vós", no "contacto"/"contato"), and
// neutral by wording: "agradeço", never "obrigado/obrigada"; "disponível", never "interessado/a". A
// slot follows "para" or a colon, never "na"/"no", which would depend on the weekday's gender.
export const drafts = {
  greetingNamed: `Olá, {{name}},`,
  greetingUnnamed: `Olá,`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Olá,`,
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `nos dias úteis entre as 9h00 e as 17h00`,
  subjectWhenNone: `Re: convite para entrevista`,
  noAddress: `[o invite-advisor não encontrou nenhum endereço de resposta: envie esta mensagem através de {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}o portal de candidaturas ou a página de agendamento da empresa{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Agradeço o convite para uma entrevista{{#role}} para o cargo de {{role}}{{/role}}{{#company}} na {{company}}{{/company}}. {{#passed}}Vejo que o horário proposto{{#slot}} ({{slot}}){{/slot}} já passou no momento em que escrevo. Continuo com muito interesse em conversar: estou disponível {{availability}}; podemos combinar um novo horário?{{/passed}}{{^passed}}{{#conflict}}Gostaria muito de conversar, mas já tenho um compromisso marcado {{#slot}}para {{slot}}{{/slot}}{{^slot}}para esse horário{{/slot}}. Estou disponível {{availability}}; seria possível outro horário?{{/conflict}}{{^conflict}}{{#slot}}Confirmo com prazer {{#several}}o horário proposto: {{/several}}{{^several}}a entrevista marcada para {{/several}}{{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}Vou marcar um horário através do seu link de agendamento.{{/schedulingLink}}{{^schedulingLink}}Estou disponível {{availability}}; por favor, indique o horário mais conveniente.{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

Será um prazer conversar.

Atenciosamente,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Agradeço o convite para uma entrevista{{#role}} para o cargo de {{role}}{{/role}}{{#company}} na {{company}}{{/company}}. Após uma reflexão cuidadosa, decidi não dar continuidade a esta oportunidade.

Apreciei muito a sua mensagem e fico à disposição para futuras oportunidades: se surgir{{#company}} na {{company}}{{/company}} uma posição mais próxima dos meus objetivos, gostaria muito de saber.

Atenciosamente,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;
