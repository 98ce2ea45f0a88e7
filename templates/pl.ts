/** Wersje robocze po polsku (gdy zaproszenie jest po polsku). Te same zmienne co templates/en.ts. */
export const slotWords = { locale: 'pl-PL', at: 'o' } as const;

// Polish marks the writer's gender in past-tense verbs and adjectives ("zdecydowałem/zdecydowałam",
// "dostępny/dostępna"): every sentence here uses the present or perfective future tense and neutral
// words ("dziękuję", "mam czas", "rezygnuję", "pozostanę") instead. The greeting names nobody: a first
// name would need the vocative and "Pan"/"Pani", which depend on the recruiter's gender. A slot
// follows a colon or brackets, never "w", whose case depends on the weekday.
export const drafts = {
  greetingNamed: `Dzień dobry,`,
  greetingUnnamed: `Dzień dobry,`,
  /** a team mailbox (talent@, careers@) under the company's name */
  greetingTeam: `Dzień dobry,`,
  /** the availability offered when the owner configured none (owner.availability) */
  defaultAvailability: `w dni robocze między 9:00 a 17:00`,
  subjectWhenNone: `Re: zaproszenie na rozmowę kwalifikacyjną`,
  noAddress: `[invite-advisor nie znalazł adresu, na który można odpowiedzieć: proszę wysłać tę wiadomość przez {{#schedulingLink}}{{schedulingLink}}{{/schedulingLink}}{{^schedulingLink}}portal rekrutacyjny lub stronę rezerwacji terminów firmy{{/schedulingLink}}.]`,
  accept: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Dziękuję za zaproszenie na rozmowę kwalifikacyjną{{#role}} na stanowisko {{role}}{{/role}}{{#company}} w firmie {{company}}{{/company}}. {{#passed}}Widzę, że proponowany termin{{#slot}} ({{slot}}){{/slot}} już minął. Nadal chętnie się spotkam: mam czas {{availability}}; czy możemy ustalić nowy termin?{{/passed}}{{^passed}}{{#conflict}}Chętnie się spotkam, jednak w proponowanym terminie{{#slot}} ({{slot}}){{/slot}} mam już inne zobowiązanie. Mam czas {{availability}}; czy inny termin byłby dla Państwa dogodny?{{/conflict}}{{^conflict}}{{#slot}}Z przyjemnością potwierdzam {{#several}}proponowany termin: {{/several}}{{^several}}termin rozmowy: {{/several}}{{slot}}.{{/slot}}{{^slot}}{{#schedulingLink}}Zarezerwuję termin przez Państwa link do umawiania spotkań.{{/schedulingLink}}{{^schedulingLink}}Mam czas {{availability}}; proszę o wskazanie najdogodniejszego dla Państwa terminu.{{/schedulingLink}}{{/slot}}{{/conflict}}{{/passed}}

Z niecierpliwością czekam na rozmowę.

Z poważaniem
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
  decline: `{{#noAddress}}{{noAddress}}

{{/noAddress}}{{greeting}}

Dziękuję za zaproszenie na rozmowę kwalifikacyjną{{#role}} na stanowisko {{role}}{{/role}}{{#company}} w firmie {{company}}{{/company}}. Po dłuższym namyśle rezygnuję jednak z dalszego udziału w tym procesie rekrutacji.

Doceniam Państwa wiadomość i chętnie pozostanę w kontakcie: jeśli{{#company}} w firmie {{company}}{{/company}} pojawi się stanowisko bliższe moim celom zawodowym, będzie mi miło się o tym dowiedzieć.

Z poważaniem
{{#signature}}{{signature}}{{/signature}}{{^signature}}{{ownerName}}{{/signature}}`,
} as const;
