import { saysPaying } from './vocabulary-expansion';

/** "Онлайн" (online), as typed in either language. */
const ONLINE = /^(?:онлайн|online)$/;
/** A bonus, in any form of either language ("бонус", "бонусы", "бонустар"). */
const BONUS = /^бонус/;
/**
 * Buying or paying in either language (normalised: "сатып алсам", "купил", "покупка"), Kazakh paying in any form ("төлеймін",
 * which the vocabulary reads only by its stem) and money put in ("ақша салсам").
 */
const BUYING = /^(?:сатып|купил|купила|покупк|покупа|толе|салсам|салдым|салып)/;

/**
 * Whether the words ask for a bonus on paying or buying online, with words between ("онлайн кинотеатр жазылымын голдпен төлеймін,
 * бонус түсе ме", "онлайн ойынға ақша салсам бонус бере ме"): an online purchase, what the guide's answer on internet shops
 * tells. "Онлайн" alone, or said of paying a bill ("онлайн оплата реда"), asks nothing of a bonus.
 */
export function saysOnlinePurchaseForBonus(words: readonly string[]): boolean {
  return words.some((word) => ONLINE.test(word)) && words.some((word) => BONUS.test(word)) && words.some((word) => saysPaying(word) || BUYING.test(word));
}

/** Whether the word at `at` is "онлайн" said of such a purchase: the reading says it. */
export function isOnlineOfAPurchase(words: readonly string[], at: number): boolean {
  return ONLINE.test(words[at]!) && saysOnlinePurchaseForBonus(words);
}

/** An online purchase a bonus is asked of, read as the internet shop the guide names. */
export function onlinePurchaseReadings(words: readonly string[]): string[] {
  return saysOnlinePurchaseForBonus(words) ? ['интернетдукен'] : [];
}
