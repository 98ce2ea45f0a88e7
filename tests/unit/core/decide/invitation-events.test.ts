/**
 * "Is it an invitation?" for mail that reads like one: an event's invitation with its calendar entry, an
 * interview called off, interviewing denied ("this is no interview"), a job alert that offers a call, a
 * one-way recorded video. The mails here are written for these tests (none is taken from the corpus).
 */
import { describe, expect, it } from 'vitest';
import { readInvitation, type InvitationInput } from '../../../../functions/core/decide/invitation.js';

const mail = (over: Partial<InvitationInput>): InvitationInput => ({
  subject: '',
  body: '',
  signature: '',
  from: { name: 'Recruiting', address: 'jobs@acme.example' },
  slots: 0,
  calendarEvents: 0,
  calendarText: '',
  meetingLink: null,
  schedulingLink: null,
  ...over,
});

describe('an event for many, named in the subject, with its calendar entry', () => {
  it.each([
    ['de', 'Einladung zum Karriereabend am 12. März', 'Hallo Sam, wir laden dich herzlich zu unserem Karriereabend ein, am 12. März ab 18 Uhr. Es gibt Vorträge und Snacks.', 'Karriereabend'],
    ['nl', 'Uitnodiging: Open avond Data Traineeship', 'Beste Sam, we nodigen je uit voor onze open avond op 3 april om 19:00 uur. Dit is geen sollicitatiegesprek.', 'Open avond'],
    ['en', 'Invitation: Info evening for graduates', 'Hi Sam, we would love to see you at our information evening on 4 May at 6pm. Drinks and a tour.', 'Information evening'],
  ])('%s: not an interview', (_lang, subject, body, summary) => {
    expect(readInvitation(mail({ subject, body, calendarEvents: 1, calendarText: summary, slots: 1 })).isInvite).toBe(false);
  });

  it('an interview invitation with a calendar entry stays one', () => {
    expect(readInvitation(mail({ subject: 'Invitation: Interview – Data Analyst', body: 'Hi Sam, we would like to invite you to an interview on 4 May at 10am.', calendarEvents: 1, calendarText: 'Interview – Data Analyst', slots: 1 })).isInvite).toBe(true);
  });
});

describe('an interview called off with no new time', () => {
  it.each([
    ['de', 'Absage Ihres Gesprächstermins', 'Leider müssen wir den vereinbarten Gesprächstermin am Dienstag, 10:00 Uhr, absagen. Einen Ersatztermin können wir derzeit nicht anbieten.'],
    ['en', 'Your interview on Tuesday', 'Unfortunately we have to cancel your interview on Tuesday at 10am, as the role is on hold.'],
    ['nl', 'Je gesprek van dinsdag', 'Helaas gaat je gesprek van dinsdag om 10.00 uur niet door; de vacature is ingetrokken.'],
    // the time called off stands between the interview and "cancelled"; a new date offered is denied
    ['it', 'Annullamento colloquio – Data Analyst', 'Purtroppo devo comunicarle che il colloquio in videochiamata previsto per giovedì 21 gennaio alle 11:00 è annullato. Al momento non siamo in grado di proporle una nuova data.'],
    ['en', 'Your interview', 'Your video interview with the panel on Thursday 21 January at 11:00 has been cancelled. We are not able to offer a new time at this stage.'],
    ['pt', 'Cancelamento da entrevista', 'Informamos que a entrevista de quinta-feira, 21 de janeiro, às 11h foi cancelada. A vaga foi congelada.'],
  ])('%s: no invitation', (_lang, subject, body) => {
    expect(readInvitation(mail({ subject, body, slots: 1 })).isInvite).toBe(false);
  });

  it('a reschedule that proposes a new time is still an invitation', () => {
    expect(readInvitation(mail({ subject: 'Rescheduling your interview', body: 'We need to cancel our Tuesday slot. Could we move your interview to Thursday at 2pm instead? Let me know if that works.', slots: 1 })).isInvite).toBe(true);
  });
});

describe('interviewing denied is no clue for an interview', () => {
  it('"no individual interviews that evening" with an open-house invitation', () => {
    expect(readInvitation(mail({ subject: 'Einladung zum Open House', body: 'Wir laden dich zu unserem Open House am Freitag ab 16 Uhr ein. Einzelgespräche finden an diesem Abend keine statt.' })).isInvite).toBe(false);
  });
  it('"no preparation needed for the interview" still is one', () => {
    expect(readInvitation(mail({ subject: 'Interview invitation', body: 'We would like to invite you to an interview on Monday at 11:00. No preparation is needed for the interview.', slots: 1 })).isInvite).toBe(true);
  });
});

describe('bulk mail that offers a call', () => {
  it('a count of new jobs in the subject, a booking link below', () => {
    expect(readInvitation(mail({ subject: 'Sam, 6 new jobs matching your search', body: 'Here are 6 new roles for you. Want to talk them through? Book a call with your consultant.', schedulingLink: 'https://book.example/sam' })).isInvite).toBe(false);
  });
});

describe('a one-way recorded video interview with a deadline', () => {
  it.each([
    ['pl', 'Zaproszenie do nagrania rozmowy wideo', 'Zapraszamy do kolejnego etapu: nagrania krótkiej rozmowy wideo. Link jest aktywny do piątku.'],
    ['en', 'Next step: record your video interview', 'Please record your video interview using the link below. The link is active until Friday.'],
  ])('%s: not an invitation to meet', (_lang, subject, body) => {
    expect(readInvitation(mail({ subject, body })).isInvite).toBe(false);
  });
});
