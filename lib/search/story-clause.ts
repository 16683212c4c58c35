import { saysNot } from './negation';

/**
 * Words that set what went wrong against what the asker did ("…, но …", "…, бірақ …") or after it ("сатып алғаннан кейін":
 * after buying), normalised and folded.
 */
const BUT = new Set(['но', 'однако', 'бирак', 'алайда', 'кейин']);

/**
 * The words of the story told before "but" (or "after"), when what follows it says that something did not happen or is not
 * there ("тауар алдым, бірақ бонусым көрінбейді": I bought goods, but my bonus does not show): what went wrong is
 * the question, and an answer about it need not retell the story. A word said after "but" too is not the story's
 * alone. None when there is no "but", or what follows it says nothing is missing ("бонус шотым бос, бірақ сатып
 * алу жасағанмын": the trouble is told first). Not a comma, nor "а": "это не поздно?", "ничего не изменилось" after
 * one are no trouble, or one that needs the story's words (measured).
 */
export function storyBeforeTrouble(words: readonly string[]): ReadonlySet<string> {
  const at = words.findLastIndex((word) => BUT.has(word));
  if (at <= 0) return new Set();
  const after = words.slice(at + 1);
  if (!saysNot(after)) return new Set();
  return new Set(words.slice(0, at).filter((word) => !after.includes(word)));
}
