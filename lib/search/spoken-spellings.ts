/**
 * Question words as they are said and typed in a hurry ("штраф скока", "скок платить"), with the
 * written word they stand for: read as it, they ask what it asks and say the phrases it says
 * ("скок мне платить" is "сколько мне платить": the sum of the bill).
 */
const WRITTEN_FORMS: ReadonlyMap<string, string> = new Map([
  ['скока', 'сколько'],
  ['скоко', 'сколько'],
  ['скок', 'сколько'],
]);

/** The written word a spoken spelling stands for (normalised), none for any other word. */
export function writtenForms(word: string): string[] {
  const written = WRITTEN_FORMS.get(word);
  return written ? [written] : [];
}
