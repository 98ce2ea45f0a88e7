/** De concepten in het Nederlands (als de uitnodiging in het Nederlands is). Dezelfde variabelen als templates/en.ts. */
export const slotWords = { locale: 'nl-NL', at: 'om' } as const;

export const drafts = {
  greetingNamed: `Beste {{name}},`,
  greetingUnnamed: `Goedendag,`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Beste team van {{company}},`,
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `op werkdagen tussen 9.00 en 17.00 uur`,
  subjectWhenNone: `Re: uw uitnodiging voor een sollicitatiegesprek`,
  noAddress: `[invite-advisor heeft geen adres gevonden om op te antwoorden: verstuur dit via {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}het sollicitatieportaal of de afsprakenpagina van het bedrijf{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Hartelijk dank voor de uitnodiging voor een sollicitatiegesprek{{#role}} voor de functie van {{role}}{{/role}}{{#company}} bij {{company}}{{/company}}. {{#passed}}Ik zie dat het voorgestelde tijdstip{{#slot}} ({{slot}}){{/slot}} inmiddels al voorbij is. Ik ga nog steeds graag met u in gesprek: ik ben beschikbaar {{availability}}; kunnen we een nieuw tijdstip afspreken?{{/passed}}{{^passed}}{{#conflict}}Ik zou graag met u in gesprek gaan, maar ik heb {{#slot}}op {{slot}}{{/slot}}{{^slot}}op dat moment{{/slot}} al een andere afspraak. Ik ben {{availability}} beschikbaar; zou een ander tijdstip voor u mogelijk zijn?{{/conflict}}{{^conflict}}{{#slot}}Graag bevestig ik {{#several}}het voorgestelde tijdstip op {{/several}}{{^several}}het gesprek op {{/several}}{{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}Ik plan een tijdstip via uw afsprakenlink.{{/schedulingLink}}{{^schedulingLink}}Ik ben {{availability}} beschikbaar; laat u mij weten welk tijdstip u het beste uitkomt?{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

Ik kijk uit naar ons gesprek.

Met vriendelijke groet,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Hartelijk dank voor de uitnodiging voor een sollicitatiegesprek{{#role}} voor de functie van {{role}}{{/role}}{{#company}} bij {{company}}{{/company}}. Na zorgvuldige overweging heb ik besloten niet op deze kans in te gaan.

Ik stel uw bericht zeer op prijs en houd graag contact: als er{{#company}} bij {{company}}{{/company}} een functie vrijkomt die beter aansluit bij mijn doelen, hoor ik dat graag.

Met vriendelijke groet,
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;
