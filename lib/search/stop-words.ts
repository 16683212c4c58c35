import { ASKS_FOR } from './asked-for-table';
import { isRussianStopWord } from './stem-russian';

/**
 * Kazakh function words (folded spelling): conjunctions, particles, postpositions,
 * pronouns, question words ("қанша": "how many", as Russian "сколько") and the verbs of
 * being ("бар ма": "is there", as Russian "есть") that say
 * nothing about the topic of a question.
 */
const KAZAKH_STOP_WORDS = new Set([
  'жане', 'мен', 'бен', 'пен', 'да', 'де', 'та', 'те', 'ма', 'ме', 'ба', 'бе', 'па', 'пе', 'ба',
  'бул', 'осы', 'сол', 'ол', 'сен', 'сиз', 'биз', 'олар', 'маган', 'менин', 'сизге', 'сизде', 'сизди',
  'ушин', 'бойынша', 'туралы', 'гана', 'али', 'тагы', 'немесе', 'бирак', 'егер', 'не', 'кай', 'ии', 'иа',
  'кандай', 'калай', 'кашан', 'неге', 'кайда', 'канша', 'ма', 'дейин', 'кейин', 'арасында', 'сиякты', 'болады', 'бола', 'болды', 'бар',
  // "possible", as Russian "можно" ("жинауға мүмкін": one can collect)
  'мумкин',
  // "that can be", an auxiliary: "жазуға болатын" (that one can write about), "жинауға болатынын" (that one can collect)
  'болатын', 'болатынын',
  'екен', 'еди', 'гой', 'ше', 'шы', 'ау', 'оз', 'озим', 'озиме', 'мени', 'сени', 'бизге', 'бизде', 'менде',
  // "that it is" ("тауар екенін қалай білемін": how do I know that a product is one), "екен" made a noun
  'екенин', 'екени', 'екенинен',
  // question words in their other cases: "from where", "which one", "why", "who", "how many", "(up) to how much", "in what", "from what" ("себебі неде": what is the reason)
  'кайдан', 'кайдагы', 'кайсы', 'кайсысы', 'неликтен', 'ким', 'кимге', 'кимнин', 'неше', 'нешеге', 'калайша', 'каншалык', 'каншага', 'каншадан', 'неде', 'неден',
  // "how", as said ("қайтіп аламын": how do I get it), asked as "қалай" is (not "қайтып": having come back)
  'кайтип',
  // "the number of" ("бонус санын қалай білемін": how do I find out the number of bonuses), asked as "қанша" is
  'саны', 'санын', 'санына', 'санында',
  // postpositions, as Russian "через", "после", "до", "в течение" ("банкомат арқылы": through an ATM; "екі ай бойы": for two months),
  // "внутри" ("каспи ішінде": within Kaspi)
  'аркылы', 'сон', 'бери', 'шейин', 'карай', 'жайлы', 'бойы', 'ишинде', 'ишине', 'ишинен', 'ишиндеги',
  // "during", "when" ("акция кезінде"), and "went" after a question word ("қайда кетті": where did it go)
  'кезинде', 'кезде', 'кетти',
  // "thing", in "не нәрсе" (what thing: what) and "бұл не нәрсе" (what is this)
  'нарсе',
  // "all", "in all" ("барлығы қанша": how many in all), as Russian "все", "всего"
  'барлык', 'барлыгы', 'барлыгын', 'барлыгына', 'барлыгында', 'бари', 'барин', 'барине',
  // "each" ("әр сатып алу": each purchase), as Russian "каждый"
  'ар',
  // "very" ("өте көп": very many; "уақыт өте келе": as time goes by): a degree or a passing, never the repaying "өтеу" is, whose stem it shares
  'оте',
  // "filling up" ("шотым толып қалуы": my account filling up), whose folded stem is that of paying ("төлеп"); the limit it reaches is
  // said apart ("шегі")
  'толып', 'толуы', 'толды', 'толса',
  // "needed", as Russian "нужно" ("не үшін керек": what is it for; "не істеу керек": what to do)
  'керек',
  // "is not" ("дұрыс емес": not right): says that something is missing or wrong (negation.ts), not what
  'емес',
  // "what" as an object ("нені білдіреді": what does it mean), asked as "не" is, and "means", asked as "деген" is
  'нени', 'билдиреди',
  // "is called" ("деп не аталады": what is it called), asked as "деген" is
  'аталады', 'аталатын',
  // what a name stands for ("аббревиатурасы", "қысқартуы": its abbreviation; "атауы", "аты": its name; "үш әрпі", "әріптері": its
  // letters), asked as "деген" is
  'аббревиатура', 'аббревиатурасы', 'аббревиатурасын', 'аббревиатурасынын', 'кыскарту', 'кыскартуы', 'кыскартуын', 'кыскартуынын', 'кыскартылуы', 'атауы', 'атауын', 'атауынын', 'аты', 'атын',
  'арпи', 'ариптери', 'ариптеринин',
  // the word itself and its full form ("ФДО сөзінің толық нұсқасы": the full version of the word FDO; "толық жазылуы": how it is
  // written in full), asked as "деген" is
  'сози', 'созинин', 'нускасы', 'нускасын', 'жазылуы', 'жазылуын',
  // what a body does ("ФДО немен айналысады": what does the FDO do), asked as "деген не" is: the name says what about
  'немен', 'айналысады', 'айналысатын',
  // what kind of body a name stands for ("ФДО қандай ұйым": what organisation is the FDO; "қандай мекеме": what institution),
  // asked as "деген" is: the name says what about
  'уйым', 'уйымы', 'уйымнын', 'мекеме', 'мекемеси', 'мекеменин', 'компания', 'компаниясы', 'организация',
  // "its meaning" ("сөзінің мағынасы": the meaning of the word), asked as "не" is, and "the word", which names nothing
  'магынасы', 'магынасын', 'соз', 'сози', 'созинин', 'созин', 'создин',
  // "itself" ("дегеніміз не өзі": what is it, then), a particle of emphasis
  'ози',
  // "relation" ("фдо-ның кассаға не қатысы бар": what has the FDO to do with the till), asked as "не" is
  'катысы',
  // "or" ("бар ма әлде жоқ па": is there or not), a conjunction; "if it is", "its being" ("қанша болса да": however many;
  // "болуы керек еді": it should have been), the verb of being in the forms "болады", "бола" are ("жоқ болып тұр", it is gone, stays)
  'алде', 'болса', 'болуы',
  // "than shown", "as shown", "than written" ("акцияда көрсетілгеннен кем": less than the promotion showed): the yardstick of a sum
  // that came out wrong, as Russian "обычного" is ("көрсетілмейді", not shown, is a trouble and stays)
  'корсетилгеннен', 'корсетилгендей', 'жазылганнан', 'жазылгандай',
  // "such" ("ондай тауар": such goods), pointing back at what the question already named
  'ондай', 'мундай', 'сондай', 'осындай',
  // "into my hands" ("қолыма аламын": I get it; "қолға алу"), how receiving is said: "алу" says it
  'колыма', 'колга',
  // "nothing" ("ештеңе салмасам": if I put nothing in): the verb's negation says it
  'ештене', 'ештеме',
  // "now", "then" ("енді бір ай төлемей": now, a month without paying) and the particle of emphasis "-ақ" ("төлемей-ақ":
  // just not paying), which tell the story's order and tone, not its topic
  'енди', 'ак',
  // when the asker did it ("кеше сатып алдым": I bought it yesterday; "бүгін", "ертең", "қазір", "жақында": today, tomorrow,
  // now, recently), as Russian "вчера", "сегодня" say: the story, not the topic; and up to now ("осы уақытқа дейін", "қазірге
  // дейін", "бүгінге дейін": so far, "дейін" being a stop word), what the asker has so far, not a time asked about
  'кеше', 'бугин', 'ертен', 'казир', 'жакында', 'уакытка', 'казирге', 'бугинге',
  // and the adjectives of those days ("кешегі бонустар": yesterday's bonuses, "бүгінгі"), as Russian "вчерашний"
  'кешеги', 'бугинги',
  // and "өткен" (past: "өткен айда", last month: when it happened; "мерзімі өткен", overdue, says it by "мерзім")
  'откен',
  // and how soon the asker repays ("ерте", "мерзімінен бұрын", "уақытынан ерте": early, before its time; "уақытында", "мерзімінде":
  // on time): the story told of a loan whose bonus is asked about, which the Kazakh answers on repaying do not retell (Russian
  // "вовремя" stays a topic word: the answer on the fine says it)
  'ерте', 'мерзиминен', 'бурын', 'уакытынан', 'уакытында', 'мерзиминде',
  // the pronouns "ол", "сол", "бұл", "осы" (it, that, this) in their cases ("соған бонус бола ма": is there a bonus for that):
  // pointing back at what the question already named
  'оны', 'онын', 'оган', 'онда', 'одан', 'соны', 'сонын', 'соган', 'сонда', 'содан', 'муны', 'мунын', 'буган', 'мунда', 'будан',
  'осыны', 'осынын', 'осыган', 'осында', 'осыдан',
  // "at once" ("екі айдың төлемін бірден салдым": I paid two months at once), how the asker did it, as "енді" tells the order
  'бирден',
  // "meant for" ("пікірге арналған бонус": the bonus for a review), a postposition as "үшін" is: the nouns say what
  'арналган',
  // "to make", a light verb ("төлем жасадым": I made a payment; "сауда жасасам": if I shop), as Russian "делать": the noun says what
  'жасау', 'жасаймын', 'жасадым', 'жасасам', 'жасап', 'жасайды', 'жасады', 'жасаган', 'жасауга', 'жасалады', 'жасалды', 'жасалган', 'жасайсыз', 'жасасаныз',
]);

/**
 * Words on lunr-languages' Russian stop list that carry the topic of a bank's
 * help question: dates and deadlines ("раньше срока"), amounts and comparisons, "another
 * country", "cannot", interest. They stay searchable (folded spelling).
 */
const RUSSIAN_TOPIC_WORDS = new Set([
  'время', 'времени', 'день', 'дня', 'год', 'года', 'году', 'лет', 'час', 'начала',
  'больше', 'меньше', 'лучше', 'более', 'менее', 'раньше', 'позже', 'рано',
  'другая', 'другие', 'других', 'другое', 'другой', 'друго',
  'первый', 'второй', 'два', 'две', 'двух', 'три', 'пять', 'десять',
  'нельзя', 'занят', 'дел',
  // "сколько процентов" (what interest): a bank's topic
  'процентов',
]);

/**
 * Russian function words lunr-languages' list lacks: "а" (and, but), "нету" (there is none: "нет" as said), "который"
 * (which, that) in the forms it lacks ("сумму, которую я вложила"): it points back at a word the question already says; and
 * "каждый" (each) in the forms it lacks ("у каждой покупки своя дата"): how many of what the question names, not what; and
 * "по-прежнему" (still: "счёт по-прежнему висит"), how long something lasts, as "до сих пор" is.
 */
const RUSSIAN_EXTRA_STOP_WORDS = new Set([
  'а', 'нету', 'которую', 'которое', 'котором', 'которому', 'которым', 'которыми',
  'каждой', 'каждого', 'каждую', 'каждому', 'каждым', 'каждом', 'каждое', 'каждые', 'каждых', 'каждыми',
  'прежнему', 'попрежнему',
]);

/**
 * What people add to a question about themselves or to be polite, in either language (folded
 * spelling): "счёт больше, чем думал", "подскажите, как…", "хочу узнать…". It says nothing
 * about the topic; in a guide of thousands some answer holds such a word by chance, and an
 * answer that lacks it must not count as missing part of the question.
 */
const QUERY_FILLER = new Set([
  'думал', 'думала', 'думали', 'думаю', 'думает', 'подумал', 'подумала', 'считал', 'считала', 'ожидал', 'ожидала', 'ожидали',
  // how much more and than what ("вдвое больше обычного", "намного больше, чем обычно": twice, far more than usual): the comparison
  // is the topic, not its degree or its yardstick
  'намного', 'гораздо', 'значительно', 'вдвое', 'втрое', 'вчетверо', 'обычного', 'обычно', 'обычной', 'обычным',
  'хочу', 'хочет', 'хочешь', 'хотите', 'хотят', 'хотел', 'хотела', 'хотели', 'хотим', 'хотелось',
  // "can" in the forms lunr's list lacks (it has "мог", "может", "можно"), and "умеет" (is able to: "банкомат умеет принимать");
  // "не могу понять", "хочу разобраться" (figure out), "не понимает" (does not get it), "не помню" (I do not remember), "не знаю"
  // (I do not know): the asker, not the topic
  'могу', 'могла', 'могли', 'смогу', 'сможет', 'умеет', 'умеют', 'понять', 'понимаю', 'понимает', 'понимают', 'пойму', 'разобраться', 'разберусь', 'разбираюсь',
  'помню', 'запомнил', 'запомнила', 'знаю',
  // "дать" (to give: "как покупателю дать чек"), which Snowball stems as "дата" (a date): what is given is the topic
  'дать',
  // asking the tool ("покажи…", "перечислите все способы": list them all, "напомните число": remind me, "с чего начать": where to start),
  // and verbs of happening ("когда наступает просрочка", "когда истекает время")
  'начать', 'начинать', 'покажи', 'покажите', 'перечислите', 'перечисли', 'назовите', 'назови', 'скажи', 'расскажи', 'расскажите', 'напомни', 'напомните', 'напомнить', 'наступает', 'наступит', 'наступила', 'происходит', 'произойдет', 'истекает', 'истечет', 'истек', 'истекло',
  // "куда делись деньги", "куда уходит переплата": where something went, asked as "где" is
  'делся', 'делась', 'делось', 'делись', 'подевались', 'подевался', 'подевалась', 'уходит', 'уходят', 'ушел', 'ушла', 'ушло', 'ушли',
  // becoming, turning out, falling on and landing ("лимит станет больше", "счёт оказался больше", "если число выпадает на воскресенье",
  // "дата попала на праздник", "деньги попали в платёж", "сумма легла на счёт")
  'станет', 'стал', 'стала', 'стало', 'становится', 'вышел', 'вышла', 'вышло', 'выйдет', 'выйдут', 'выходит', 'оказался', 'оказалась', 'оказалось', 'оказались', 'выпадает', 'выпал', 'выпала', 'выпадет', 'приходится', 'придется', 'пришлось', 'пришелся', 'пришлась', 'попал', 'попала', 'попало', 'попали', 'попадает', 'попадет', 'легла', 'легли', 'легло',
  // "какой" in the forms lunr's list lacks (it has "какой", "какая"): "какого числа", "какую сумму" ask what kind
  'какое', 'какие', 'какого', 'какую', 'каком', 'каких', 'какому', 'каким', 'какими',
  // "последний день", "последний час" (the last day, hour): the day or the hour says which the question asks for
  'последний', 'последнее', 'последняя', 'последнюю', 'последнего', 'последнем',
  // when the asker did it ("вчера оплатил": yesterday, "вчерашняя покупка"), as "сегодня", "недавно" (lunr's list) say: the story, not the topic;
  // so is having two at once ("есть кредит и ред одновременно", "параллельно плачу кредит", "екі айын қатар төледім": paid two
  // months side by side)
  'вчера', 'позавчера', 'одновременно', 'параллельно', 'катар', 'вчерашний', 'вчерашняя', 'вчерашнюю', 'вчерашней', 'вчерашнего', 'вчерашнее',
  // how long, or how long ago ("просрочу на неделю", "неделю назад", "бір аптадан кейін": a week late, a week ago, in a week):
  // the guide's answers name no week, and the story's span is not what the question asks about
  'неделя', 'недели', 'неделю', 'неделе', 'неделей', 'недель', 'апта', 'аптада', 'аптадан', 'аптага',
  // where the asker is or goes ("живу в Турции", "нахожусь за границей", "стою у банкомата", "пойду в отделение", "в отпуске",
  // "в командировке", "на вахте", "на работе": on holiday, on a business trip, on a shift away, at work): the place is the topic,
  // not being there
  'живу', 'живем', 'живём', 'нахожусь', 'находимся', 'находясь', 'стою', 'стоим', 'стоял', 'стояла', 'пойду', 'схожу', 'отпуске', 'командировке', 'вахте', 'вахтой', 'вахту', 'работе',
  // near what ("терминал возле дома": a terminal near home; "үйдің жанындағы": by the house), as "около", "рядом" (lunr's list) say:
  // the place named is the topic, not being near it; and "впервые" (for the first time), when the asker did it, "новичок"
  // (a newcomer) and "пользуюсь" (I use it): who asks, not what
  'возле', 'напротив', 'вблизи', 'жанында', 'жанындагы', 'касында', 'касындагы', 'впервые', 'новичок', 'новичку', 'новичкам', 'новички', 'новенький', 'новенькая', 'пользуюсь',
  // from there, from here ("как платить оттуда"), "не возвращаясь" (without going back): the place the question names is the topic;
  // "места, где принимают оплату", "көрсететін жер қайда" (the places where): "где", "қайда" ask it
  'оттуда', 'отсюда', 'возвращаясь', 'место', 'места', 'местах', 'жер',
  // a section of the app or the site ("магазин бөлімінен": from the shop's section; "қай бөлімде": in which section): the place, named
  // by the word before it; the stemmer cuts its forms to "бол" (to be)
  'болим', 'болими', 'болимде', 'болимнен', 'болимге', 'болиминде', 'болиминен', 'болимине', 'болимин',
  // "по-разному", "по-всякому" (differently, in any way), as said apart ("или по разному"): how, asked by the words around them
  'разному', 'поразному', 'всякому', 'повсякому',
  // "разные" (different: "у покупок разные даты", "в разных банкоматах"): how things compare, said of what the words around it name
  'разный', 'разная', 'разное', 'разные', 'разных', 'разным', 'разными', 'разной', 'разную', 'разного',
  // what the asker has already collected ("накопились бонусы", "накопленными бонусами", "скопилось много"): the story of what
  // they pay with, not collecting, which "накопить", "накопление" ask about (how many one may collect)
  'накопилось', 'накопились', 'накопился', 'накопилась', 'накопил', 'накопила', 'накопили', 'накопленные', 'накопленных', 'накопленными', 'накопленным',
  'скопилось', 'скопились', 'скопился', 'скопилась', 'набралось', 'набрались',
  // …and in Kazakh ("жинаған бонусым", "жиналған бонустарым": the bonus I have collected, my bonus)
  'жинаган', 'жиналган', 'жинаганым', 'жиналганым',
  // going dark ("экран погас": the screen went out), the story of a machine: paying off is "погасил", which "погас" shares a stem with
  'погас', 'погасла', 'погасло', 'погасли',
  // taking part ("акцияға қатыстым": I took part in the promotion): the promotion named is the topic, not taking part
  'катыстым', 'катыстык', 'катысып', 'катыскан', 'катыскам', 'участвовал', 'участвовала', 'участвовали',
  // where the asker came across something ("каспиде көрдім": I saw it in Kaspi; "видел в приложении", "слышал", "прочитал"): the
  // thing seen is the topic, not seeing it (what one cannot see is said otherwise: "не вижу", "көрінбей тұр")
  'видел', 'видела', 'видели', 'увидел', 'увидела', 'увидели', 'заметил', 'заметила', 'заметили', 'слышал', 'слышала', 'слышали',
  'прочитал', 'прочитала', 'прочитали', 'кордим', 'кордик', 'естидим', 'естидик', 'окыдым', 'окыдык',
  // what the asker took or got ("первый раз взял ред", "взяла товар в ред", "оформил ред": got Red): the noun says what, a
  // product or a purchase ("оформить", to get one, is what a question asks: "как оформить")
  'взял', 'взяла', 'взяли', 'оформил', 'оформила', 'оформили',
  // "откуда взялось" (where did it come from) asks why, as "откуда" alone does
  'взялось', 'взялась', 'взялся', 'взялись',
  // "сколько возьмут сверху" (how much on top): the extra sum, asked as "сколько" is; "собираюсь закрыть" (I am going to): the asker's plan, not the topic,
  // and so is the budget planned ("планирую бюджет": the guide has no answer on budgets)
  'сверху', 'собираюсь', 'собираемся', 'собирается', 'планирую', 'планируем', 'спланировать', 'запланировать', 'бюджет', 'бюджета',
  // "сколько набежало" (how much has it come to): the sum, asked as "сколько" is
  'набежало', 'набежал', 'набежала', 'набежит',
  // "сколько" as it is said ("штраф скока", "скок платить")
  'скока', 'скоко', 'скок',
  // "сколько стоит", "сколько будет стоить", "во сколько обойдётся", "сколько берут", "сколько снимут", "сколько насчитают", "сколько придётся отдать", "сколько я должен": how
  // much, asked as "сколько" is ("больше, чем должен": than it should be; not "насчитали больше": a bill that came out higher;
  // "сколько с меня причитается": how much is due from me; "какую сумму с меня ждут": what sum is expected of me);
  // "что делать": what to do, asked as "как" is, and "куда обращаться", "к кому обратиться", "қайда хабарласамын" (where to turn), asked as it is
  'стоит', 'стоить', 'обойдется', 'обойдётся', 'делать', 'берут', 'снимут', 'снимают', 'насчитают', 'насчитает', 'отдать', 'отдам', 'должен', 'должна', 'должны', 'должно', 'причитается', 'ждут', 'ждет', 'ждёт',
  'обращаться', 'обратиться', 'обращаюсь', 'хабарласамын', 'хабарласу', 'хабарласуга', 'хабарласайын',
  // "не істеу керек", "не істеймін", "не істесем" (what to do), asked as "что делать" is, and "не істейді" (what does it do)
  'истеу', 'истеймин', 'истесем', 'истейин', 'истейди', 'истеди', 'истейтин', 'истейтини',
  // "оплатить реально?", "действительно можно?", "возможно ли", "оплата возможна?", "получится?": whether it can be done, asked as "можно" is
  'реально', 'действительно', 'возможно', 'возможна', 'возможен', 'возможны', 'получится',
  // "временно" (for a while: "временно проживаю за рубежом") tells how long, not the time of day ("время") its stem shares
  'временно',
  // "доступна ли оплата", "доступно ли погашение" (is paying available): the short forms a payment or an option takes, not
  // "доступная сумма" (the sum available) nor "лимит доступен" (the limit is available again), the limit the guide names
  'доступна', 'доступно',
  // "разрешено ли", "допускается ли", "имею ли я право" (am I allowed): whether it may be done, asked as "можно" is
  'разрешено', 'разрешается', 'допускается', 'допускаются', 'допустимо', 'имею', 'право',
  // "банкомат берёт наличку?" (does the machine take cash), "возьмёт": whether one may pay there, asked as "можно" is (named-details.ts reads it so)
  'берет', 'возьмет',
  // "есть ли возможность", "есть функция", "есть опция" (is there a way, a function, an option to): whether it can be done
  'возможность', 'функция', 'функции', 'опция', 'опции',
  // "что означает ФДО", "что значит", "как расшифровывается", "расшифровка аббревиатуры": what a name means, asked as "что такое" is
  'означает', 'обозначает', 'значит', 'расшифровка', 'расшифровку', 'расшифровывается', 'расшифровать', 'аббревиатура', 'аббревиатуры', 'аббревиатуру',
  // "куда нажать" (where to press), "что нажимать", "какую кнопку": the steps of doing it, asked as "как" is ("ошибся кнопкой": the mistake, not the button)
  'нажать', 'нажимать', 'нажму', 'нажимаю', 'нажала', 'нажал', 'жать', 'жму', 'кнопка', 'кнопку', 'кнопки', 'кнопкой',
  // "совершить" (to make), a light verb ("покупки, совершённые с Red": purchases made with it): the noun says what
  'совершить', 'совершил', 'совершила', 'совершили', 'совершенные', 'совершенных', 'совершенная', 'совершенный', 'совершенной', 'совершаю',
  // "каким образом" (in what way), asked as "как" is (asked-for-table.ts reads it with "каким"); so is "как правильно" (how rightly)
  'образом', 'правильно',
  // the other forms of "пошаговая инструкция" (step-by-step instructions): the steps, asked as "как" is
  'пошаговую', 'пошаговой', 'пошаговый', 'пошаговое',
  // "больше нужного", "меньше положенного" (more than needed, less than due): the sum measured against what is due, as "надо" (lunr's list) says
  'нужного', 'нужной', 'положенного', 'необходимого',
  // "муж спрашивает", "интересуется" (asks, wonders): who asks, not what
  'спрашивает', 'спрашивают', 'спросил', 'спросила', 'интересуется', 'интересует',
  'подскажите', 'скажите', 'помогите', 'объясните', 'напишите', 'распишите', 'опишите', 'пожалуйста', 'здравствуйте', 'привет', 'добрый', 'спасибо',
  // how a spoken question opens ("алло", "девушка", "у меня вопрос") and asks to be brief ("кратко", "қысқаша"): the asker, not the topic
  'алло', 'девушка', 'вопрос', 'вопросик', 'кратко', 'коротко', 'кыскаша',
  // hyphenated words are tokenized apart and also joined ("почему-то" → почемуто)
  'типа', 'вроде', 'короче', 'блин', 'вообще', 'почемуто', 'какойто', 'кстати',
  // "for example" ("например, миллион"; "мысалы"): an example the asker gives, not what is asked
  'например', 'мысалы',
  'щас', 'пж', 'плиз', 'плз', 'спс', 'ок', 'ага', 'ладно',
  // "білгім келеді" (I would like to know): the asker's wish, as "хочу узнать" is, not what about
  'билгим',
  // understanding, asked as "we" or in general ("ФДО дегенді қалай түсінеміз": how do we understand what FDO is; "қалай түсінуге
  // болады"), as Russian "понять" is: the asker, not the topic ("түсінемін", how do I tell, is finding out: domain-vocabulary.ts)
  'тусинемиз', 'тусинуге', 'тусинесиз',
  'ойладым', 'ойлаймын', 'ойлап', 'айтыныз', 'айтынызшы', 'тусиндириниз', 'тусиндиринизши', 'тусиндирип', 'тусиндирсениз', 'айтып', 'отинемин', 'отиниш', 'комектесиниз', 'комектесинизши', 'рахмет', 'салем', 'салеметсиз', 'сойтип',
]);

/**
 * The question words of asked-for-table.ts said in one word ("отчего", "способы", "жолы", "тізімі"): they ask what
 * kind of answer is wanted, never what it is about (question-words.ts reads them for the title overlap).
 */
const QUESTION_WORDS: ReadonlySet<string> = new Set([...ASKS_FOR.keys()].filter((key) => !key.includes(' ')));

/**
 * A month named ("в мае переплатила", "желтоқсанда салдым": in December I put in): when the asker did something, the story,
 * as "вчера" is; the guide's answers name no month. Kazakh "наурыз" is also the spring holiday, and "қазан" a city, so they stay.
 */
export const MONTH_NAME =
  /^(?:(?:январ|феврал|март|апрел|июн|июл|август|сентябр|октябр|ноябр|декабр)[ьяеюмуа]*|ма[йяею]|(?:кантар|акпан|сауир|мамыр|маусым|шилде|тамыз|кыркуйек|караша|желтоксан)\p{L}{0,4})$/u;

/** True for a word (normalised) that carries no topic in Russian or Kazakh. */
export function isStopWord(word: string): boolean {
  if (KAZAKH_STOP_WORDS.has(word) || RUSSIAN_EXTRA_STOP_WORDS.has(word) || QUERY_FILLER.has(word) || QUESTION_WORDS.has(word)) return true;
  if (MONTH_NAME.test(word)) return true;
  return isRussianStopWord(word) && !RUSSIAN_TOPIC_WORDS.has(word);
}

/**
 * A Russian possessive pronoun ("моими", "своим", "вашу"; folded), or "собственный" (one's own), says whose, never what about: an answer that
 * lacks it lacks nothing, and a phrase said around it is said ("перечень моих покупок"). It stays searchable (lunr's stop list holds
 * only some of its forms): "по моим расчётам" tells one answer from its twin.
 */
const POSSESSIVE_PRONOUN =
  /^(?:(?:мо|тво|сво)(?:й|я|ю|е|и|его|ему|им|ими|их|ей|ем)|(?:наш|ваш)(?:|а|у|е|и|его|ему|им|ими|их|ей|ем)|собственн(?:ый|ая|ое|ые|ую|ого|ой|ому|ым|ом|ых|ыми))$/;

export function isPossessivePronoun(word: string): boolean {
  return POSSESSIVE_PRONOUN.test(word);
}
