/** Les brouillons en français (quand l'invitation est en français). Mêmes variables que templates/en.ts. */
export const slotWords = { locale: 'fr-FR', at: 'à' } as const;

export const drafts = {
  greetingNamed: `Bonjour {{name}},`,
  greetingUnnamed: `Bonjour,`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Bonjour à l'équipe {{company}},`,
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `en semaine entre 9 h et 17 h`,
  subjectWhenNone: `Re: votre invitation à un entretien`,
  noAddress: `[invite-advisor n'a trouvé aucune adresse de réponse : envoyez ce message via {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}le portail de candidature ou la page de prise de rendez-vous de l'entreprise{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Je vous remercie pour votre invitation à un entretien{{#role}} pour le poste de {{role}}{{/role}}{{#company}} chez {{company}}{{/company}}. {{#passed}}Je constate que le créneau proposé{{#slot}} ({{slot}}){{/slot}} est déjà passé au moment où je vous écris. Je vous rencontrerais toujours avec grand plaisir : je suis disponible {{availability}} ; pourrions-nous convenir d'un nouveau créneau ?{{/passed}}{{^passed}}{{#conflict}}Je vous rencontrerais avec grand plaisir, mais j'ai déjà un engagement {{#slot}}le {{slot}}{{/slot}}{{^slot}}à ce moment-là{{/slot}}. Je suis disponible {{availability}} ; un autre créneau vous conviendrait-il ?{{/conflict}}{{^conflict}}{{#slot}}Je vous confirme ma présence {{#several}}au créneau proposé {{/several}}le {{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}Je réserve un créneau via votre lien de prise de rendez-vous.{{/schedulingLink}}{{^schedulingLink}}Je suis disponible {{availability}} ; n'hésitez pas à me proposer le créneau qui vous convient le mieux.{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

Au plaisir d'échanger avec vous.

Bien cordialement,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Je vous remercie pour votre invitation à un entretien{{#role}} pour le poste de {{role}}{{/role}}{{#company}} chez {{company}}{{/company}}. Après réflexion, j'ai décidé de ne pas donner suite à cette opportunité.

J'ai apprécié votre prise de contact et je resterais volontiers en relation : si un poste plus proche de mes objectifs se libère{{#company}} chez {{company}}{{/company}}, c'est avec plaisir que j'en entendrai parler.

Bien cordialement,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;
