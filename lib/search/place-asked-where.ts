/**
 * A place asked after "which" ("қай жерден": from which place, "қай бөлімде": in which section, "в каком разделе"): the question
 * asks where, and the place is part of the question word, not a topic. Folded.
 */
const KAZAKH_PLACE = /^(?:жер|жерде|жерден|жерге|болим|болимде|болимнен|болимге|бетте|бетинде|тусы|тусында)$/;
const RUSSIAN_PLACE = /^(?:месте|разделе|вкладке|меню)$/;
const RUSSIAN_WHICH = /^(?:каком|какой|которой|котором)$/;

/** Whether the word at `at` is the "which" of a place asked ("қай жерден", "в каком разделе"): it asks where. */
export function asksWhichPlace(words: readonly string[], at: number): boolean {
  const next = words[at + 1] ?? '';
  return (words[at] === 'кай' && KAZAKH_PLACE.test(next)) || (RUSSIAN_WHICH.test(words[at]!) && RUSSIAN_PLACE.test(next));
}

/** Whether the word at `at` is the place of such a question: read as part of the question word, never searched. */
export const isPlaceAskedWhere = (words: readonly string[], at: number): boolean => at > 0 && asksWhichPlace(words, at - 1);
