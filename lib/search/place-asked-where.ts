/**
 * A place asked after "which" ("қай жерден": from which place, "қай бөлімде": in which section, "в каком разделе"): the question
 * asks where, and the place is part of the question word, not a topic. Folded.
 */
// with its possessive too ("қосымшаның қай бөлімінде": in which section of the app)
const KAZAKH_PLACE = /^(?:жер|болим)(?:де|ден|нен|ге|и|инде|инен|ине)?$|^(?:бетте|бетинде|тусы|тусында)$/;
const RUSSIAN_PLACE = /^(?:месте|разделе|вкладке|меню)$/;
const RUSSIAN_WHICH = /^(?:каком|какой|которой|котором)$/;

/** Whether the word at `at` is the "which" of a place asked ("қай жерден", "в каком разделе"): it asks where. */
export function asksWhichPlace(words: readonly string[], at: number): boolean {
  const next = words[at + 1] ?? '';
  return (words[at] === 'кай' && KAZAKH_PLACE.test(next)) || (RUSSIAN_WHICH.test(words[at]!) && RUSSIAN_PLACE.test(next));
}

/** "Where to", "where" (folded). */
const WHERE_TO: ReadonlySet<string> = new Set(['куда', 'кайда']);
/** Going in, asked where ("қайда кіремін", "қайда кіру керек", "куда зайти"): where to look; "кірмеді" (did not come in) is money. */
const GOING_IN = /^(?:кир(?:емин|ем|у|уим|уге|емиз|есиз)|зайти|заходить|зайду|захожу|зайдите|войти)$/;

/**
 * Being somewhere ("тұр", "тұрады": stands, is kept; "лежит", "находится", "висит": lies, is), asked where ("қай жерде тұр", "қайда
 * тұрады", "где лежит"): where to look; folded.
 */
const STANDS = /^(?:тур|турады|турган|лежит|лежат|находится|находятся|висит|висят)$/;
/** "Where" (folded), or the place after "which" ("қай жерде"). */
const asksWhere = (words: readonly string[], at: number) =>
  words[at] === 'кайда' || words[at] === 'где' || (at > 0 && asksWhichPlace(words, at - 1));

/**
 * The app or the site, in Kazakh's genitive ("қосымшаның", "сайттың"), folded. Not Russian's ("в каком разделе приложения"): there
 * the app is one of the few words a short question has, and it matches the answers on where to look.
 */
const WHOSE_APP = /^(?:косымшанын|сайттын)$/;

/**
 * Whether the word at `at` is the place of such a question, the app or site it is in ("қосымшаның қай бөлімінде"), going
 * in asked where ("қайда кіремін") or being there ("қай жерде тұр"): read as part of the question word, never searched; every answer on where to look is about the app.
 */
export const isPlaceAskedWhere = (words: readonly string[], at: number): boolean =>
  (at > 0 && asksWhichPlace(words, at - 1)) ||
  (GOING_IN.test(words[at]!) && WHERE_TO.has(words[at - 1] ?? '')) ||
  (STANDS.test(words[at]!) && asksWhere(words, at - 1)) ||
  (WHOSE_APP.test(words[at]!) && asksWhichPlace(words, at + 1));
