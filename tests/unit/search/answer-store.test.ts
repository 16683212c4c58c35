import { describe, expect, it } from 'vitest';
import { findAnswerById, loadAnswerStore, serializeAnswerStore, toStoredAnswer } from '../../../lib/search/answer-store';
import { allAnswers } from './all-answers';
import { ingestBundled } from '../guide-fixtures';

const answers = () => ingestBundled().questions.map(toStoredAnswer);

describe('the shipped answer store', () => {
  it('should give back every answer as it was, line breaks in answers included', () => {
    const withBreaks = answers().map((a, i) => (i === 0 ? { ...a, html: '<p>a\nb\r\nc\u2028d</p>' } : a));
    const { meta, lines } = serializeAnswerStore(withBreaks);
    expect(lines.split('\n')).toHaveLength(withBreaks.length);
    const store = loadAnswerStore(meta, lines);
    expect(allAnswers(store)).toEqual(withBreaks);
    expect(store.meta(3)).toEqual({
      id: withBreaks[3]!.id, ids: withBreaks[3]!.ids, lang: withBreaks[3]!.lang, usefulness: withBreaks[3]!.usefulness,
      pinned: withBreaks[3]!.pinned, updated: withBreaks[3]!.updated, url: withBreaks[3]!.url,
    });
  });

  it('should parse an answer only when it is asked for', () => {
    const { meta, lines } = serializeAnswerStore(answers());
    // A damaged first line: the store still loads, and the other answers still read.
    const store = loadAnswerStore(meta, `{broken${lines.slice(lines.indexOf('\n'))}`);
    expect(store.length).toBe(answers().length);
    expect(store.get(5)).toEqual(answers()[5]);
    expect(() => store.get(0)).toThrow();
  });

  it('should find an answer by any of its ids', () => {
    const { meta, lines } = serializeAnswerStore(answers());
    const store = loadAnswerStore(meta, lines);
    expect(findAnswerById(store, answers()[7]!.id)).toEqual(answers()[7]);
    expect(findAnswerById(store, -1)).toBeNull();
  });
});
