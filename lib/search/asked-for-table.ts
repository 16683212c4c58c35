/**
 * What a question word asks for, as the guide's titles say it. Question words are stop words,
 * never searched (stop-words.ts takes every one-word key of this table), yet they say what kind of answer is wanted: "сколько платить" is answered by
 * "Как узнать сумму счёта", "сколько штраф" by "Какой размер штрафа", "во сколько" by
 * "До какого времени". In the title overlap and the phrase evidence a question word also
 * counts as these words.
 */
const AMOUNT = ['сумма', 'размер'];
// "время" and "времени" stem apart (врем, времен)
const TIME = ['время', 'времени', 'час'];
export const WAY: readonly string[] = ['как'];
const KAZAKH_WAY = ['калай'];

export const ASKS_FOR: ReadonlyMap<string, readonly string[]> = new Map([
  ['сколько', AMOUNT],
  // "насколько большой штраф" (how big a fine) asks for its size, and so does "настолько", "столь большой штраф" (so big a fine?)
  ['насколько', AMOUNT],
  ['настолько', AMOUNT],
  ['столь', AMOUNT],
  // "во сколько обойдётся" (what will it cost): a sum, though "во сколько" alone asks for a time
  ['обойдется', AMOUNT],
  // "во сколько встанет" (what will it come to) asks it too
  ['встанет', AMOUNT],
  ['встанут', AMOUNT],
  // "во сколько": at what time
  ['во сколько', TIME],
  ['в сколько', TIME],
  // "в какое время" (at what time) asks what "во сколько" asks: "время" alone is a topic word, searched as itself
  ['какое время', TIME],
  // "до которого часа", "в котором часу" ask what "до какого", "в каком" ask ("который" alone is also "that": "деньги, которые")
  ['до которого', ['какого']],
  ['в котором', ['каком']],
  // not a question, yet stop words all: "до того как выставят счёт", "перед тем как" (before) say what a title's "заранее" says
  ['до того', ['заранее']],
  ['перед тем', ['заранее']],
  // "куда делись деньги" (where did the money go) asks what "Где мои деньги?" answers
  ['куда', ['где']],
  // "путь к счёту" (the way to the bill in the app) asks where it is
  ['путь к', ['где']],
  // "бонусым қайда кетті" (where did my bonus go) asks what a title on a bonus not seen ("көрінбей тұр") answers
  ['кайда кетти', ['коринбей']],
  // "откуда такая сумма" (where does it come from) asks what a "… Почему?" title answers
  ['откуда', ['почему']],
  // "отчего" (from what) asks why
  ['отчего', ['почему']],
  // "в каком разделе" (in which section of the app), "в каком месте" (in which place), "в каком меню", "на какой вкладке" ask where
  ...['раздел', 'разделе', 'разделы', 'разделах', 'месте', 'меню', 'вкладка', 'вкладке', 'вкладку'].map((word): [string, readonly string[]] => [word, ['где']]),
  // "қайтіп" (how, as said) asks what "қалай" asks
  ['кайтип', KAZAKH_WAY],
  // "қайдан көремін" (where can I see it) asks for a way: what a "… қалай білемін?" (how do I find out) title answers
  ['кайдан', ['калай']],
  // "қай тауарға" (which goods), "қайсысына" (to which of them), "тауарлар тізімі", "тізімде" (the list of goods, in it) ask what a
  // "қандай тауарға …?" (what goods) title answers
  ...['кай', 'кайсы', 'кайсысы', 'кайсысын', 'кайсысына', 'кайсысында', 'кайсыларына', 'тизими', 'тизимин', 'тизимде'].map((word): [string, readonly string[]] => [word, ['кандай']]),
  // so do "кейбіреуіне ғана ма" (only to some), "таңдаулыларына" (to selected ones), "кез келген тауарға" (to any goods),
  // and a "белгі" (a mark) that tells such goods apart ("белгісі бар ма": is there a mark), or their being marked ("тізімде қалай
  // белгіленеді": how are they marked in the list)
  ...['кейбир', 'кейбиреуи', 'кейбиреуине', 'кейбирине', 'кейбирлерине', 'тандаулы', 'тандаулыларына', 'тандаулыларга', 'кез келген', 'белги', 'белгиси', 'белгисин', 'белгисинен', 'белгиленеди', 'белгиленген'].map(
    (word): [string, readonly string[]] => [word, ['кандай']],
  ),
  // "алу жолы", "тәсілі" (the way, the method to get it) asks what a "… қалай …?" title answers, and so do the conditions of
  // getting it ("алудың шарттары қандай", "қандай шарт бар", "қандай шарттармен": on what terms): what one must do
  ...['жолы', 'жолын', 'жолдары', 'жолдарын', 'тасили', 'тасилин', 'тасилдери', 'тартиби', 'тартибин', 'шарт', 'шарты', 'шартын', 'шарттар', 'шарттары', 'шарттарын', 'шарттармен', 'талап', 'талабы', 'талаптар', 'талаптары', 'талаптарын'].map((word): [string, readonly string[]] => [word, KAZAKH_WAY]),
  // "разве" (really, is it so that: "через банкомат разве ред гасится?") asks whether, what a "Можно …?" or "Я могу …?" title answers
  ['разве', ['можно', 'могу']],
  // "оплачивается или нет" (is it paid there or not) asks whether, what a "Можно …?" or "Я могу …?" title answers
  ['или нет', ['можно', 'могу']],
  // so does "или нельзя" ("оплачивают через банкомат, или нельзя так": or is it not allowed)
  ['или нельзя', ['можно', 'могу']],
  // "через банкомат или только в приложении" (at a machine, or only in the app) asks whether the first is possible
  ['или только', ['можно', 'могу']],
  // "чем можно оплатить" (with what can one pay) asks for the ways, what a "Как …?" title answers ("чем" alone is also "than")
  ['чем можно', WAY],
  // so does "где можно оплатить" (where can one pay): the places are the ways, what a "Как …?" title answers
  ['где можно', WAY],
  // "через что платить" (through what does one pay) asks for the ways too ("через" alone names the channel: "через банкомат")
  ['через что', WAY],
  // so does "с чего начать" (where do I start): the first steps, what a "Как …?" title answers
  ['чего начать', WAY],
  ['чего начинать', WAY],
  // so does asking to have the places listed ("перечислите, где принимают платежи": list where payments are taken); "перечислите"
  // alone asks for a list of anything ("перечислите покупки")
  // so does asking what to press ("что нажимать", "куда нажать", "куда жать", "какую кнопку": the steps at a machine; "нажал не ту кнопку", the
  // mistake, asks nothing)
  ...['что нажимать', 'что нажать', 'куда нажимать', 'куда нажать', 'что жать', 'куда жать', 'какую кнопку', 'какие кнопки'].map((pair): [string, readonly string[]] => [pair, WAY]),
  ['перечислите где', WAY],
  ['перечисли где', WAY],
  // the ways or the steps to do something ("какими способами", "каким образом", "какими путями", "варианты оплаты",
  // "пошаговая инструкция", "шаги оплаты", "по каким пунктам меню": the items one goes through, "порядок действий": the order of
  // the steps) ask what a "Как …?" title answers
  ...['способ', 'способы', 'способом', 'способа', 'способов', 'способами', 'каким образом', 'путем', 'путями', 'вариант', 'варианты', 'вариантов', 'вариантами', 'инструкция', 'пошагово', 'пошаговая', 'шаги', 'шагов', 'шагам', 'пунктам', 'пунктами', 'пункты', 'порядок действий', 'последовательность действий'].map(
    (word): [string, readonly string[]] => [word, WAY],
  ),
]);
