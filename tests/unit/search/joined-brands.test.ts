import { describe, expect, it } from 'vitest';
import { splitJoinedBrand } from '../../../lib/search/joined-brands';
import type { TermLookup } from '../../../lib/search/query-plan';

/** A lookup that knows only these terms. */
const knowing = (...terms: string[]): TermLookup => ({
  has: (term) => terms.includes(term),
  withPrefix: () => [],
  withinEdits: () => [],
});

describe('splitJoinedBrand', () => {
  const lookup = knowing('kaspi', 'red', 'gold', 'оплат', 'штраф', 'счет');

  it('should split a brand joined to a known word, either side, in either script', () => {
    expect(splitJoinedBrand('kaspired', lookup)).toEqual(['kaspi', 'red']);
    expect(splitJoinedBrand('каспиголд', lookup)).toEqual(['каспи', 'голд']);
    expect(splitJoinedBrand('оплатитьred', lookup)).toEqual(['оплатить', 'red']);
  });

  it('should leave alone a known word, an unknown one, and two known words neither of which is a brand', () => {
    expect(splitJoinedBrand('kaspi', lookup)).toBeNull();
    expect(splitJoinedBrand('zzzzzz', lookup)).toBeNull();
    expect(splitJoinedBrand('штрафсчет', lookup)).toBeNull();
  });
});
