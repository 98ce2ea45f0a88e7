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
    // Austrian sole traders and partnerships; a South Tyrolean company with both languages' forms.
    expect(withoutLegalForm('Steindl Grafikdesign e.U.')).toBe('steindl grafikdesign');
    expect(withoutLegalForm('Thaler Holzbau GmbH/Srl')).toBe('thaler holzbau');
    // German partnerships and sole traders, Swiss and Italian forms in any case.
    // Spanish single-member forms, and an abbreviation's full stop before the legal form.
    for (const name of ['Talleres Ebro, S.L.U.', 'Talleres Ebro S.A.U.', 'Talleres Ebro, S.L.N.E.']) expect(withoutLegalForm(name)).toBe('talleres ebro');
    expect(withoutLegalForm('Viuda de Pérez y Cía., S.L.')).toBe(withoutLegalForm('Viuda de Pérez y Cía'));
    for (const name of ['Druckerei Plattner OHG', 'Druckerei Plattner GbR', 'Druckerei Plattner e.K.', 'Druckerei Plattner Sàrl', 'Druckerei Plattner s.n.c.']) expect(withoutLegalForm(name)).toBe('druckerei plattner');
  });
  it('another name is another company', () => {
    expect(checkLabels({ company: 'Venturi Italia' }, { company: 'Venturi' })[0]!.ok).toBe(false);
    expect(checkLabels({ company: null }, { company: 'Venturi' })[0]!.ok).toBe(false);
  });
});

describe('role labels', () => {
  it("a German title with or without its feminine ending is the same title", () => {
    expect(checkLabels({ role: 'Webentwickler' }, { role: 'Webentwickler/in' })[0]!.ok).toBe(true);
    expect(checkLabels({ role: 'Webentwickler' }, { role: 'Webentwickler/-in' })[0]!.ok).toBe(true);
    expect(checkLabels({ role: 'Webentwickler' }, { role: 'Webdesigner' })[0]!.ok).toBe(false);
  });
});

describe('location labels', () => {
  const same = (expected: string, actual: string): boolean => checkLabels({ location: expected }, { location: actual })[0]!.ok;
  it("a building's, venue's or company's name before the street, or a detail in brackets after it, is the same address", () => {
    expect(same('Stadhuis, Raadhuisplein 1, 7941 AB Lindeveen', 'Raadhuisplein 1, 7941 AB Lindeveen')).toBe(true);
    expect(same('30 Fenchurch Street, London EC3M 3BD', 'Harrow & Vance Capital, 30 Fenchurch Street, London EC3M 3BD')).toBe(true);
    expect(same('Hôtel de Ville – Salle des commissions, 2 place de la République, 27999 Villeneuve', '2 place de la République, 27999 Villeneuve')).toBe(true);
    expect(same('Keizersgracht 313, 1016 EE Amsterdam', 'Keizersgracht 313, 1016 EE Amsterdam (3rd floor)')).toBe(true);
  });
  it("a person's name and title, another street or a cut address is not", () => {
    expect(same('Paseo de la Dehesa Vieja, 9, 28043 Madrid', 'Sonia Peralta Ruiz, Técnica de Selección, Grupo Alcotán Seguros, Paseo de la Dehesa Vieja, 9, 28043 Madrid')).toBe(false);
    expect(same('Calle de Fernando el Católico Alto 64, 28015 Madrid', 'Calle de Fernando')).toBe(false);
    expect(same('Keizersgracht 313, 1016 EE Amsterdam', 'Keizersgracht 315, 1016 EE Amsterdam')).toBe(false);
    expect(same('Av. Brigadeiro Faria Lima, 2417, São Paulo', 'Av. Brigadeiro Faria Lima, 2417')).toBe(false);
    expect(checkLabels({ location: null }, { location: 'Raadhuisplein 1' })[0]!.ok).toBe(false);
  });
});
