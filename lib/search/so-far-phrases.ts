/**
 * Set phrases that say "so far", "still", "to this day" (normalised, Kazakh letters folded): "до сих пор", "по сей день",
 * "на данный момент", "до настоящего времени", "әлі күнге дейін", "күні бүгінге дейін". They tell how long the asker has waited,
 * not what about: their "день", "время", "момент", "күн" name no day or hour asked about ("до настоящего времени" is no
 * "До какого времени").
 */
const SO_FAR_PHRASES: readonly (readonly string[])[] = [
  ['до', 'сих', 'пор'],
  ['по', 'сей', 'день'],
  ['до', 'сего', 'дня'],
  ['на', 'данный', 'момент'],
  ['на', 'текущий', 'момент'],
  ['на', 'сегодняшний', 'день'],
  ['по', 'сегодняшний', 'день'],
  ['до', 'сегодняшнего', 'дня'],
  ['до', 'настоящего', 'времени'],
  ['до', 'настоящего', 'момента'],
  ['на', 'настоящий', 'момент'],
  ['али', 'кунге', 'дейин'],
  ['али', 'кунге', 'шейин'],
  ['осы', 'кунге', 'дейин'],
  ['осы', 'кунге', 'шейин'],
  ['куни', 'бугинге', 'дейин'],
  ['бугинги', 'кунге', 'дейин'],
];

/** Whether the word at `at` is part of a "so far" phrase (SO_FAR_PHRASES) in `words`. */
export function isSaidSoFar(words: readonly string[], at: number): boolean {
  return SO_FAR_PHRASES.some((phrase) =>
    phrase.some((_, offset) => {
      const start = at - offset;
      return start >= 0 && phrase.every((word, i) => words[start + i] === word);
    }),
  );
}
