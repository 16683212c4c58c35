/** "Ошибка" (an error) in its forms, and "сбой" (a failure: "банкомат выдал сбой", "сбой банкомата"), normalised. */
const ERROR = /^(?:ошибк(?:а|у|и|ой|е)|сбо(?:й|я|ем|и))$/;
/**
 * What a machine or the app does with an error, as said: shows it ("выдал ошибку", "показывает ошибку", "пишет ошибка"), or an error
 * that comes up ("выскочила ошибка", "вышла ошибка"), and what was cut short by one ("прервалась с ошибкой").
 */
const SHOWS =
  /^(?:выдал|выдала|выдало|выдали|выдает|выдают|показал|показала|показало|показали|показывает|показывают|пишет|писал|написал|написало|выскочила|выскочило|выскакивает|вышла|выходит|высветилась|высвечивается|появилась|появляется|вылезла|вылезает|прервалась|прервался|прервалось)$/;
/** The screen an error is shown on ("на экране ошибка", "экран показал ошибку"), normalised. */
const SCREEN = /^экран[еау]?$/;
/** Kaspi's ATMs and terminals, as said, in any form. */
const MACHINE = /^(?:банкомат|терминал)[а-я]*$/;
/** A machine the error is of ("ошибка банкомата", "банкомат … ошибку"), or its screen. */
const namesMachineOrScreen = (word: string) => MACHINE.test(word) || SCREEN.test(word);

/**
 * Whether the word at `at` is an error a machine showed ("банкомат выдал ошибку при оплате реда", "оплата прервалась с ошибкой",
 * "на экране ошибка", with the screen),
 * or part of a failed operation it named ("операция не выполнена"): a failed payment, which the answer on a sum not arrived speaks of, not the asker's mistake ("по ошибке", the guide's word for a
 * payment made otherwise than meant), which the same word says in the vocabulary.
 */
export function isMachineError(words: readonly string[], at: number): boolean {
  if (isFailedOperation(words, at) || isMachineStopped(words, at)) return true;
  // the screen that showed it is part of the machine's message
  if (SCREEN.test(words[at]!)) return [at - 1, at + 1, at + 2].some((near) => ERROR.test(words[near] ?? '') && isMachineError(words, near));
  if (!ERROR.test(words[at]!)) return false;
  const near = [words[at - 1], words[at + 1]].filter((w): w is string => w !== undefined);
  const afterWith = words[at - 1] === 'с' && SHOWS.test(words[at - 2] ?? '');
  return afterWith || near.some((w) => SHOWS.test(w) || namesMachineOrScreen(w));
}

/** Stopping ("перестал", "перестало"), said of a machine that stopped responding. */
const STOPPED = /^переста(?:л|ла|ло|ли|ет)$/;
/** What it stopped doing: responding, reacting or working ("перестал отвечать", "перестал реагировать"). */
const RESPONDING = /^(?:отвечать|реагировать|работать)$/;

/**
 * Whether the word at `at` is part of a machine that stopped responding ("во время оплаты банкомат перестал отвечать"): a
 * machine's failing, as an error it showed is, when an ATM or a terminal is named in the question.
 */
function isMachineStopped(words: readonly string[], at: number): boolean {
  const start = STOPPED.test(words[at]!) ? at : STOPPED.test(words[at - 1] ?? '') ? at - 1 : -1;
  return start !== -1 && RESPONDING.test(words[start + 1] ?? '') && words.some((word) => MACHINE.test(word));
}

/** "Операция" (the operation), as a machine's message names it, normalised. */
const OPERATION = /^операци[яюи]$/;
/** What a failed operation is said to be ("не выполнена", "не прошла", "отклонена"), after "не" where it takes one. */
const NOT_DONE = /^(?:выполнена|прошла|проведена|удалась)$/;
const DECLINED = /^(?:отклонена|отменена|прервана)$/;

/** The position of the word that says an operation failed, after the operation at `at` ("операция не выполнена"), or -1. */
function failedAfter(words: readonly string[], at: number): number {
  if (words[at + 1] === 'не' && NOT_DONE.test(words[at + 2] ?? '')) return at + 2;
  return DECLINED.test(words[at + 1] ?? '') ? at + 1 : -1;
}

/**
 * Whether the word at `at` is part of a failed operation, as a machine says it ("написал операция не выполнена", "операция
 * отклонена"): an error it showed, read as one.
 */
function isFailedOperation(words: readonly string[], at: number): boolean {
  if (OPERATION.test(words[at]!)) return failedAfter(words, at) !== -1;
  return at > 0 && [at - 1, at - 2].some((op) => op >= 0 && OPERATION.test(words[op]!) && failedAfter(words, op) === at);
}

/** A machine's error is a payment that did not arrive: the guide's "сумма не поступила", read as its verb. */
export function machineErrorReadings(words: readonly string[]): string[] {
  return words.some((_, at) => isMachineError(words, at)) ? ['поступить'] : [];
}
