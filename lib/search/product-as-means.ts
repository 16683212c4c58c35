import { namesBill } from './bill-not-yet';
import { tokenizeWords } from './normalize-text';
import { isStopWord } from './stop-words';
import { saysTheBrand } from './product-names';
import { namesProduct, saysPaying } from './vocabulary-expansion';

/** A product at work or in use ("Red работает за границей?", "можно пользоваться Red", "использовать Red для покупок"). */
const IN_USE = /^(?:работа(?:ет|ют|ть)|пользоват(?:ь|ься|ся)|использовать|использую|используют|используется)$/;
/** Using, of IN_USE's verbs ("пользоваться", "использовать"): what one stops doing with a product given up. */
const USED = /^(?:пользоват|использ)/;
/** Will, want, more ("не буду пользоваться", "не хочу больше пользоваться"): what may stand between "не" and the verb. */
const BETWEEN_NOT_AND_VERB = /^(?:буду|будем|хочу|хотим|стану|больше|уже)$/;

/** How far before the verb its "не" may come ("не хочу больше пользоваться"). */
const NOT_WITHIN = 3;

/** Whether "не" is said before the word at `at`, over the words that may stand between them. */
function saidNotBefore(words: readonly string[], at: number): boolean {
  for (let i = at - 1; i >= 0 && at - i <= NOT_WITHIN; i--) {
    if (words[i] === 'не') return true;
    if (!BETWEEN_NOT_AND_VERB.test(words[i]!)) return false;
  }
  return false;
}
/** The asker using a product ("пользуюсь редом", "пользовалась ред"): theirs, what the question is about. */
const USED_BY_ASKER = /^(?:пользуюсь|пользуемся|пользовал(?:ся|ась|ись))$/;
/** "Again" ("снова", "опять", "заново"): a product used again, after something was done. */
const AGAIN = /^(?:снова|опять|заново)$/;
/** A product named in the instrumental case, what one pays with ("расплатиться редом"): Russian endings on its Cyrillic spelling. */
const INSTRUMENTAL_ENDING = /(?:ом|ем)$/;
/** The card a product is, in the instrumental case ("ред картой можно оплатить"). */
const CARD_INSTRUMENTAL = /^карт(?:ой|ою)$/;

/** Accepting, said of a product ("где принимают ред", "какие магазины принимают ред"). */
const ACCEPTED = /^принима(?:ют|ет|ется|ются|ть)$/;
/** Where, or the shops (any form). */
const WHERE_OR_SHOPS = /^(?:где|магазин)/;
/** A machine or a desk that takes payments (any form): "в банкоматах принимают ред" is paying its bill there. */
const PAYMENT_POINT = /^(?:банкомат|терминал|касс|отделени)/;
/** Money, a payment or a bill said (any form): "где принимают оплату ред" is paying its bill. */
const PAYMENT_SAID = (word: string) => saysPaying(word) || namesBill(word) || /^(?:деньг|денег|наличн|взнос|бонус)/.test(word);

/**
 * Whether the question asks where a product is accepted ("kaspi red где принимают", "какие магазины принимают ред"): paying with
 * it, when no payment, money or machine is named ("где принимают оплату ред", "ред принимают в банкоматах?": paying its bill).
 */
function asksWhereAccepted(words: readonly string[]): boolean {
  return (
    words.some((word) => ACCEPTED.test(word)) &&
    words.some((word) => WHERE_OR_SHOPS.test(word)) &&
    words.some(namesProduct) &&
    // accepting itself the vocabulary reads as paying ("банкомат принимает": one pays there)
    !words.some((word) => PAYMENT_POINT.test(word) || (!ACCEPTED.test(word) && PAYMENT_SAID(word)))
  );
}

/**
 * Whether a text speaks of a product as a means of paying for something else: the product at work or in use, or what one
 * pays with ("можно ли расплатиться редом в магазине", "ред картой можно оплатить такси", "ред работает в других странах?").
 * Paying the product's own bill ("оплатить ред картой другого банка": the bill, with another card) is not.
 */
export function speaksOfPayingWithProduct(text: string): boolean {
  const all = tokenizeWords(text).map((t) => t.word);
  // a product said "with" ("с редом", "с кредитом и редом": together with it) is what the question is about, not what one pays with
  // and so is one the asker says they use ("первый раз пользуюсь редом, какие способы погашения": the product they have)
  const accompanying = new Set(all.filter((word, i) => (isInstrumental(word) && saidWith(all, i)) || (namesProduct(word) && USED_BY_ASKER.test(all[i - 1] ?? ''))));
  const words = all.filter((word) => !isStopWord(word) && !saysTheBrand(word) && !accompanying.has(word));
  const products = words.filter(namesProduct);
  if (asksWhereAccepted(all)) return true;
  // paying said before the product: its own bill is paid ("оплатить картой ред", "оплатил ред, смогу им пользоваться"); or said
  // anywhere when the asker uses it again ("когда снова можно пользоваться редом после оплаты": once its bill is paid)
  const again = all.some((word) => AGAIN.test(word));
  const paidBefore = (i: number) => words.slice(0, again ? words.length : i).some(saysPaying);
  // no longer in use ("больше не пользоваться редом", "не буду пользоваться", "не хочу больше пользоваться"): giving it up, not
  // paying with it (not "не работает": a product that does not work where one pays with it is still paid with); scanned only
  // for a product said beside a verb of use
  const givenUp = () => all.some((word, j) => USED.test(word) && saidNotBefore(all, j));
  return words.some((word, i) => {
    if (!namesProduct(word)) return false;
    // in use, unless its bill was paid before ("после оплаты смогу пользоваться ред": using it again once paid)
    if (IN_USE.test(words[i - 1] ?? '') || IN_USE.test(words[i + 1] ?? '')) return !paidBefore(i) && !givenUp();
    // what one pays with, unless it pays another product's bill ("голдом оплатить ред")
    if (isInstrumental(word)) return products.every((other) => other === word || isInstrumental(other));
    if (CARD_INSTRUMENTAL.test(words[i + 1] ?? '')) return !paidBefore(i);
    // the card before its name ("платить картой Red") is the card one pays with, unless a bill is named ("оплатить картой Red счёт")
    // or another product is, whose bill it pays ("оплатить ред картой голд")
    return CARD_INSTRUMENTAL.test(words[i - 1] ?? '') && !words.some(namesBill) && products.every((other) => other === word);
  });
}

/** "с"/"со" (with) before the word, over the words in the instrumental said with it ("с кредитом и редом", "со своим редом"). */
function saidWith(words: readonly string[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (words[j] === 'с' || words[j] === 'со') return true;
    if (words[j] !== 'и' && !INSTRUMENTAL_WORD.test(words[j]!)) return false;
  }
  return false;
}
/** A Russian noun or adjective in the instrumental case ("кредитом", "картой", "своим"). */
const INSTRUMENTAL_WORD = /[а-я]{2}(?:ом|ем|ой|ей|ою|ею|ами|ями|ым|им)$/;

/** A product's Cyrillic spelling with an instrumental ending ("редом", "голдом"). */
function isInstrumental(word: string): boolean {
  const bare = word.replace(INSTRUMENTAL_ENDING, '');
  return bare !== word && /^[а-я]{3,}$/.test(bare) && namesProduct(bare);
}
