/** Showing or saying, of the app or a screen ("показывает", "пишет", "написано", "отображается"), normalised. */
const SAYS = /^(?:показывает|показывают|показало|пишет|пишут|написано|высвечивается|отображается|стоит)$/;
/** The app or the site where something is shown ("в приложении", "в каспи"), normalised. */
const WHERE_SHOWN = /^(?:приложении|приложение|каспи|kaspi|сайте|косымшада|косымшаде)$/;

/** Whether the word at `at` is a verb of showing followed by what is shown ("показывает, что закрыт только месяц"). */
const saysWhat = (words: readonly string[], at: number) => SAYS.test(words[at]!) && words[at + 1] === 'что';

/**
 * Whether the word at `at` is the app saying what it shows, or the app itself ("в приложении показывает, что закрыт только
 * месяц"): the frame of the story; what follows "что" is what the asker saw, the showing would read as a question on where to look.
 */
export function isAppSayingWhat(words: readonly string[], at: number): boolean {
  if (saysWhat(words, at)) return true;
  return WHERE_SHOWN.test(words[at]!) && [at + 1, at + 2].some((verb) => verb < words.length && saysWhat(words, verb));
}
