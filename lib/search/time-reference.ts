/** Which period a question or a title speaks of: the last one, this one, or the next. */
export type TimeReference = 'past' | 'current' | 'next';

/** Word forms (normalised, Kazakh letters folded) that set the period; Russian and Kazakh. */
const PERIOD_WORDS: readonly [TimeReference, RegExp][] = [
  ['past', /^(прошл|предыдущ|откен)/],
  ['current', /^(текущ|нынешн)|^(этот|этом|этого|эту|этой|осы)$/],
  ['next', /^(следующ|будущ|предстоящ|келеси)/],
];

/** The periods the words speak of (none for most questions). */
export function timeReferences(words: readonly string[]): Set<TimeReference> {
  const found = new Set<TimeReference>();
  for (const word of words) for (const [period, form] of PERIOD_WORDS) if (form.test(word)) found.add(period);
  return found;
}

/**
 * Whether a title speaks of another period than the question does: "сколько платить в этом месяце"
 * is not answered by "в прошлом месяце внёс больше", though both say "месяц" (and "платить").
 */
export function speaksOfOtherPeriod(question: ReadonlySet<TimeReference>, title: ReadonlySet<TimeReference>): boolean {
  return question.size > 0 && title.size > 0 && ![...question].some((period) => title.has(period));
}
