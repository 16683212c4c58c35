import lunr from 'lunr';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTermLookup } from '../../../lib/search/term-lookup';
import { tinyLunrIndex } from './tiny-lunr-index';

const lookup = createTermLookup(tinyLunrIndex(['оплат счет штраф', 'оплата оплатить просрочк', 'бонус kaspi']));

afterEach(() => vi.restoreAllMocks());

describe('createTermLookup', () => {
  it('should know exactly the index terms, not object properties', () => {
    expect(lookup.has('оплат')).toBe(true);
    expect(lookup.has('опла')).toBe(false);
    expect(lookup.has('constructor')).toBe(false);
    expect(lookup.has('__proto__')).toBe(false);
  });

  it('should list the terms that begin with a prefix, in order, up to a limit', () => {
    expect(lookup.withPrefix('опл', 10)).toEqual(['оплат', 'оплата', 'оплатить']);
    expect(lookup.withPrefix('опл', 2)).toEqual(['оплат', 'оплата']);
    expect(lookup.withPrefix('оплатить', 10)).toEqual(['оплатить']);
    expect(lookup.withPrefix('я', 10)).toEqual([]);
    expect(lookup.withPrefix('а', 10)).toEqual([]);
    expect(lookup.withPrefix('', 2)).toHaveLength(2);
  });

  it('should build no typo automaton for a word longer than every term by more than the edits (a pasted word)', () => {
    const automaton = vi.spyOn(lunr.TokenSet as unknown as { fromFuzzyString(s: string, d: number): lunr.TokenSet }, 'fromFuzzyString');
    // The longest term, "оплатить", has 8 letters: 11 letters with 2 edits cannot reach it.
    expect(lookup.withinEdits('оплатитьсяя', 2, 10)).toEqual([]);
    expect(lookup.withinEdits('ш'.repeat(200), 2, 10)).toEqual([]);
    expect(automaton).not.toHaveBeenCalled();
    // 10 letters with 2 edits can.
    expect(lookup.withinEdits('оплатитьсь', 2, 10)).toEqual(['оплатить']);
    expect(automaton).toHaveBeenCalledOnce();
  });

  it('should find the terms within the given number of edits', () => {
    expect(lookup.withinEdits('штаф', 1, 10)).toEqual(['штраф']);
    expect(lookup.withinEdits('штаф', 0, 10)).toEqual([]);
    expect(lookup.withinEdits('бонсу', 2, 10)).toEqual(['бонус']);
    expect(lookup.withinEdits('оплат', 2, 10).sort()).toEqual(['оплат', 'оплата']);
    expect(lookup.withinEdits('оплат', 2, 1)).toHaveLength(1);
  });

  it('should give the same answer again for the same question', () => {
    const first = lookup.withinEdits('счот', 1, 10);
    expect(first).toEqual(['счет']);
    expect(lookup.withinEdits('счот', 1, 10)).toEqual(first);
    expect(lookup.withinEdits('счот', 2, 10)).toContain('счет');
  });
});
