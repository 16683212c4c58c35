import type { GuideLang, GuideQuestion } from '../../guide/types';
import { fitHeapsLaw, formsAt, type HeapsLaw } from './heaps-law';
import { createChainWords, createRussianWords, type PseudoWordSource } from './pseudo-words';
import { createRandom } from './seeded-random';

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The word forms of a text, lower-cased, in order. */
export function wordForms(text: string): string[] {
  return [...text.toLowerCase().matchAll(WORD)].map((m) => m[0]);
}

/** Distinct word forms of a guide's titles and answers. */
export function distinctWordForms(questions: readonly GuideQuestion[]): number {
  const forms = new Set<string>();
  for (const q of questions) for (const form of [...wordForms(q.title), ...wordForms(q.text)]) forms.add(form);
  return forms.size;
}

/** Share of synthetic words that are real-answer words, drawn by their real frequency. */
const REAL_WORD_SHARE = 0.5;

interface LanguageModel {
  /** Running words of the real titles and answers: a uniform pick is a pick by real frequency. */
  realWords: string[];
  titleLengths: number[];
  bodyLengths: number[];
  share: number;
  pseudo: PseudoWordSource;
  /** Synthetic forms as emitted (repeats included): a uniform pick favours frequent ones (Zipf-like). */
  emitted: string[];
}

/** The law fitted on the real questions' running text (titles, then answers). */
export function realHeapsLaw(real: GuideQuestion[]): HeapsLaw {
  return fitHeapsLaw(real.flatMap((q) => [...wordForms(q.title), ...wordForms(q.text)]));
}

/**
 * A synthetic guide of `size` questions, the real ones first. Lengths, the
 * ru/kz and client/partner mix and the readers' ratings follow the real questions. Each word is a
 * real-answer word of its language by real frequency (REAL_WORD_SHARE), or a
 * synthetic form: a new one (pseudo-words.ts) while the corpus has fewer
 * distinct forms than Heaps' law fitted on the real answers predicts for its
 * length so far, else one already used (picked among emitted words, so
 * frequent ones recur more). Deterministic for a seed.
 */
/** The seed `npm run bench` and `npm run eval -- --distractors` use unless told otherwise. */
export const DEFAULT_SEED = 20261123;

export function generateCorpus(real: GuideQuestion[], size: number, seed = DEFAULT_SEED): GuideQuestion[] {
  const random = createRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const out = real.slice(0, size);
  if (out.length >= size) return out;
  const law = realHeapsLaw(real);
  const modelOf = (lang: GuideLang): LanguageModel | null => {
    const questions = real.filter((q) => q.lang === lang);
    if (questions.length === 0) return null;
    const titleWords = questions.flatMap((q) => wordForms(q.title));
    const bodyWords = questions.flatMap((q) => wordForms(q.text));
    return {
      realWords: [...titleWords, ...bodyWords],
      titleLengths: questions.map((q) => Math.max(1, wordForms(q.title).length)),
      bodyLengths: questions.map((q) => Math.max(1, wordForms(q.text).length)),
      share: questions.length / real.length,
      pseudo: (lang === 'ru' ? createRussianWords : createChainWords)([...new Set([...titleWords, ...bodyWords])], random),
      emitted: [],
    };
  };
  const models = { ru: modelOf('ru'), kz: modelOf('kz') };
  // Readers' ratings as the real answers have them (most between 0.7 and 1, a few unknown): a uniform
  // draw would rate the synthetic answers lower on average, and ranking would favour the real ones.
  const usefulness = real.length > 0 ? real.map((q) => q.usefulness) : [null];
  const allReal = real.flatMap((q) => [...wordForms(q.title), ...wordForms(q.text)]);
  const distinct = new Set(allReal);
  let running = allReal.length;

  const wordFrom = (m: LanguageModel): string => {
    running++;
    let word: string;
    if (random() < REAL_WORD_SHARE) word = pick(m.realWords);
    else if (distinct.size < formsAt(law, running) || m.emitted.length === 0) m.emitted.push((word = m.pseudo.next()));
    else m.emitted.push((word = pick(m.emitted)));
    distinct.add(word);
    return word;
  };

  for (let i = out.length; i < size; i++) {
    const lang: GuideLang = models.kz === null || (models.ru !== null && random() < models.ru.share) ? 'ru' : 'kz';
    const m = models[lang]!;
    const titleWords = Array.from({ length: pick(m.titleLengths) }, () => wordFrom(m));
    const text = Array.from({ length: pick(m.bodyLengths) }, () => wordFrom(m)).join(' ');
    const title = titleWords.join(' ').replace(/^./u, (c) => c.toUpperCase()) + '?';
    const section = random() < 0.8 ? 'client' : 'partner';
    const id = 1_000_000 + i;
    const canonical = `/synthetic/q${id}`;
    out.push({
      id, ids: [id], lang, section, title, html: `<p>${text}</p>`, text,
      updated: '01.01.2025', published: '2025-01-01T00:00:00', usefulness: pick(usefulness),
      pinned: random() < 0.02, canonical, url: `https://guide.kaspi.kz/${section}/${lang}${canonical}`, sourceFile: 'synthetic',
    });
  }
  return out;
}

/** Distinct word forms of a corpus (titles and answers). */
export function countWordForms(corpus: GuideQuestion[]): number {
  const forms = new Set<string>();
  for (const q of corpus) for (const w of [...wordForms(q.title), ...wordForms(q.text)]) forms.add(w);
  return forms.size;
}
