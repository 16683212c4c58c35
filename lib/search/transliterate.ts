/**
 * Brand and product names are written in Latin in the guide (Kaspi Red, Gold,
 * Smart POS) and often in Cyrillic by people (каспи ред, голд, смарт пос).
 * A phonetic letter table, as people spell such names, covers the regular ones;
 * domain-vocabulary.ts lists the irregular ones.
 */
const CYR_TO_LAT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l',
  м: 'm', н: 'n', о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'h', ц: 'ts', ч: 'ch',
  ш: 'sh', щ: 'sch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const LAT_DIGRAPHS: [string, string][] = [
  ['shch', 'щ'], ['sch', 'щ'], ['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['ts', 'ц'], ['yu', 'ю'], ['ya', 'я'], ['kh', 'х'],
];
const LAT_TO_CYR: Record<string, string> = {
  a: 'а', b: 'б', c: 'к', d: 'д', e: 'е', f: 'ф', g: 'г', h: 'х', i: 'и', j: 'дж', k: 'к', l: 'л', m: 'м',
  n: 'н', o: 'о', p: 'п', q: 'к', r: 'р', s: 'с', t: 'т', u: 'у', v: 'в', w: 'в', x: 'кс', y: 'й', z: 'з',
  // chat spelling: the digits that look like the letters ("s4et" счёт, "6trafa" штрафа)
  '4': 'ч', '6': 'ш',
};
/** A Latin word as people type Russian, chat digits included; at least one letter. */
const LATIN_TYPED = /^(?=.*[a-z])[a-z46]+$/;

/** Latin spelling of a (folded, lower-case) Cyrillic word; null when it is not Cyrillic. */
export function cyrillicToLatin(word: string): string | null {
  if (!/^[а-я]+$/.test(word)) return null;
  return [...word].map((c) => CYR_TO_LAT[c] ?? c).join('');
}

/**
 * Spells a Latin word in Cyrillic: digraphs first, then each letter by `letter`, which sees the
 * Latin letter before it and the Cyrillic written so far (a letter's reading may depend on them).
 */
function spellLatin(word: string, digraphs: readonly [string, string][], letter: (c: string, before: string | undefined, written: string) => string): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const digraph = digraphs.find(([lat]) => word.startsWith(lat, i));
    if (digraph) {
      out += digraph[1];
      i += digraph[0].length;
    } else {
      out += letter(word[i]!, word[i - 1], out);
      i++;
    }
  }
  return out;
}

const russianLetter = (c: string) => LAT_TO_CYR[c] ?? c;

/** Cyrillic spelling of a lower-case Latin word; null when it is not Latin. */
export function latinToCyrillic(word: string): string | null {
  return LATIN_TYPED.test(word) ? spellLatin(word, LAT_DIGRAPHS, russianLetter) : null;
}

const VOWELS = /[aeiouy]/;

/**
 * Cyrillic readings of Russian typed in Latin letters ("kak zakryt",
 * "skolko shtraf"): one per choice the Latin spelling leaves open — "y" is ы
 * after a consonant and й after a vowel or at the end, "j" after a vowel is й, "'" is a soft sign —
 * and, since people mostly leave the soft sign out, each reading with one
 * soft sign put back where Russian often has one ("dengi" → деньги,
 * "skolko" → сколько, "zabrat" → забрать). Typo tolerance cannot stand in for
 * it: the reading without the sign is often another real word ("ден", day).
 * Kazakh typed in Latin letters gets one reading more ("qalai" → қалай).
 */
export function latinToCyrillicReadings(word: string): string[] {
  const plain = word.replace(/'/g, '');
  const base = latinToCyrillic(plain);
  if (!base) return [];
  const readings = new Set([base]);
  // "w" is ш in chat spelling ("wtraf"), в in names (a word without one reads as the base: the set keeps it once).
  readings.add(latinToCyrillic(plain.replace(/w/g, 'sh'))!);
  // "sch" is щ, or с + ч ("schet" счёт, "raschet" расчёт): the chat digit 4 (ч) keeps the two apart.
  readings.add(latinToCyrillic(plain.replace(/sch/g, 's4'))!);
  // "y" after a consonant in the middle of a word: ы ("zakryt" → закрыт), not й.
  readings.add(spellLatin(plain, LAT_DIGRAPHS, (c, before) => (c === 'y' && before !== undefined && !VOWELS.test(before) ? 'ы' : russianLetter(c))));
  // "j" after a vowel is й, as the transliteration standards write it ("kazhdyj" каждый, "kakoj" какой), not дж.
  for (const reading of [...readings]) readings.add(reading.replace(/([аеиоуыэюя])дж/g, '$1й'));
  // "e" that starts a word is э as often as е ("etom" этом, "ekran" экран).
  for (const reading of [...readings]) if (reading.startsWith('е')) readings.add(`э${reading.slice(1)}`);
  for (const reading of [...readings]) for (const soft of withOneSoftSign(reading)) readings.add(soft);
  readings.add(kazakhLatinReading(plain));
  return [...readings];
}

/** Kazakh typed in Latin letters (Kazakh letters folded): "j" is ж, "y" is ы, "c" is ц, "gh" is ғ, "i" or "y" after a vowel is й. */
const KAZAKH_LATIN: Record<string, string> = { ...LAT_TO_CYR, j: 'ж', y: 'ы', c: 'ц' };
// "gh" is ғ, folded г ("joghalyp" жоғалып, "alghan" алған)
const KAZAKH_DIGRAPHS: [string, string][] = [['sh', 'ш'], ['ch', 'ч'], ['zh', 'ж'], ['gh', 'г'], ['ya', 'я'], ['yu', 'ю'], ['kh', 'х']];

/** The Kazakh reading of a Latin word ("jinai" жинай, "qalai" калай, "boiynsha" бойынша, "akcia" акциа). */
function kazakhLatinReading(word: string): string {
  return spellLatin(word, KAZAKH_DIGRAPHS, (c, _before, written) =>
    (c === 'i' || c === 'y') && /[аеиоуыэюя]$/.test(written) ? 'й' : KAZAKH_LATIN[c] ?? c);
}

/** Consonants a soft sign most often follows in Russian. */
const SOFTENED = /[лнтдсзр]/;
const CONSONANT = /[бвгджзйклмнпрстфхцчшщ]/;

/** The word with a soft sign after one such consonant that ends it or stands before another consonant, each place in turn. */
function withOneSoftSign(word: string): string[] {
  const out: string[] = [];
  for (let i = 1; i < word.length; i++) {
    const next = word[i + 1];
    if (SOFTENED.test(word[i]!) && (next === undefined || CONSONANT.test(next))) out.push(word.slice(0, i + 1) + 'ь' + word.slice(i + 1));
  }
  return out;
}
