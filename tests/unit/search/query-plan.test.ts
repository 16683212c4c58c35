import lunr from 'lunr';
import { describe, expect, it } from 'vitest';
import { buildGuideIndex } from '../../../lib/search/build-index';
import { planQuery } from '../../../lib/search/query-plan';
import { createTermLookup } from '../../../lib/search/term-lookup';
import { ingestBundled } from '../guide-fixtures';

const lookup = createTermLookup(lunr.Index.load(buildGuideIndex(ingestBundled().questions).index.lunr));
const kinds = (query: string) => planQuery(query, lookup).words.flatMap((w) => w.terms.map((t) => t.kind));

describe('planQuery', () => {
  it('should expand the last word as a prefix only while it is being typed', () => {
    const terms = (query: string) => planQuery(query, lookup).words.flatMap((w) => w.terms.map((t) => t.term));
    expect(kinds('банк')).toContain('prefix');
    expect(terms('банк')).toContain('банкомат');
    expect(terms('банк ')).not.toContain('банкомат');
  });

  it('should let a verb stem find the noun of the same root', () => {
    const plan = planQuery('просрочил ', lookup).words[0]!;
    expect(plan.terms).toContainEqual(expect.objectContaining({ term: 'просрочк', kind: 'stemPrefix' }));
  });

  it('should drop stop words but keep a query made only of them', () => {
    expect(planQuery('как и за штраф', lookup).words.map((w) => w.word)).toEqual(['штраф']);
    expect(planQuery('как', lookup).words.map((w) => w.word)).toEqual(['как']);
  });

  it('should add typo matches only when the word itself is unknown, and weigh them lowest', () => {
    expect(kinds('штраф')).not.toContain('typo');
    const plan = planQuery('штрав ', lookup).words[0]!;
    expect(plan.terms.map((t) => t.term)).toContain('штраф');
    expect(Math.max(...plan.terms.map((t) => t.weight))).toBeLessThan(0.5);
  });

  it('should find brand names written in the other script', () => {
    expect(planQuery('голд ', lookup).words[0]!.terms.map((t) => t.term)).toContain('gold');
  });

  it('should cut very long words so a pasted text stays cheap', () => {
    const plan = planQuery('щ'.repeat(5000), lookup);
    expect(plan.words[0]!.word.length).toBeLessThanOrEqual(32);
  });
});
