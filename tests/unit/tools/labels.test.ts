/** The label comparison of `npm run eval` (tools/labels.ts): what counts as the same value. */
import { describe, expect, it } from 'vitest';
import { checkLabels, withoutLegalForm } from '../../../tools/labels.js';

describe('company labels', () => {
  it('a name with or without its legal form is the same company, in any case', () => {
    expect(withoutLegalForm('Venturi Italia S.r.l.')).toBe(withoutLegalForm('Venturi Italia'));
    expect(withoutLegalForm('Kranich Logistik Services GmbH')).toBe('kranich logistik services');
    expect(withoutLegalForm('Logística Andina del Pacífico S.A.S.')).toBe('logística andina del pacífico');
    expect(withoutLegalForm('Nordlink Logistyka Sp. z o.o.')).toBe('nordlink logistyka');
    expect(checkLabels({ company: 'Vantara Leads Pvt. Ltd.' }, { company: 'vantara leads' })[0]!.ok).toBe(true);
  });
  it('another name is another company', () => {
    expect(checkLabels({ company: 'Venturi Italia' }, { company: 'Venturi' })[0]!.ok).toBe(false);
    expect(checkLabels({ company: null }, { company: 'Venturi' })[0]!.ok).toBe(false);
  });
});
