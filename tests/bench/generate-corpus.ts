import type { GuideQuestion } from '../../lib/guide/types';

/** mulberry32: a small seeded generator, so every run makes the same corpus. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const words = (text: string) => text.split(/\s+/).filter(Boolean);

interface LanguageModel {
  titleWords: string[];
  bodyWords: string[];
  titleLengths: number[];
  bodyLengths: number[];
  share: number;
}

function modelOf(questions: GuideQuestion[], total: number): LanguageModel {
  return {
    titleWords: questions.flatMap((q) => words(q.title)),
    bodyWords: questions.flatMap((q) => words(q.text)),
    titleLengths: questions.map((q) => words(q.title).length),
    bodyLengths: questions.map((q) => words(q.text).length),
    share: questions.length / total,
  };
}

/**
 * A synthetic guide of `size` questions drawn from the real questions'
 * vocabulary (word frequencies kept, since words are drawn from the running
 * text), title and answer lengths, ru/kz mix and client/partner mix. The
 * real questions come first, so the corpus always contains them.
 */
export function generateCorpus(real: GuideQuestion[], size: number, seed = 20261123): GuideQuestion[] {
  const random = createRandom(seed);
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const models = {
    ru: modelOf(real.filter((q) => q.lang === 'ru'), real.length),
    kz: modelOf(real.filter((q) => q.lang === 'kz'), real.length),
  };
  const out = real.slice(0, size);
  for (let i = out.length; i < size; i++) {
    const lang = random() < models.ru.share ? 'ru' : 'kz';
    const m = models[lang];
    const title = Array.from({ length: pick(m.titleLengths) }, () => pick(m.titleWords)).join(' ');
    const text = Array.from({ length: pick(m.bodyLengths) }, () => pick(m.bodyWords)).join(' ');
    const section = random() < 0.8 ? 'client' : 'partner';
    const id = 1_000_000 + i;
    const canonical = `/synthetic/q${id}`;
    out.push({
      id, ids: [id], lang, section, title, html: `<p>${text}</p>`, text,
      updated: '01.01.2025', published: '2025-01-01T00:00:00', usefulness: Math.round(random() * 100) / 100,
      pinned: random() < 0.02, canonical, url: `https://guide.kaspi.kz/${section}/${lang}${canonical}`, sourceFile: 'synthetic',
    });
  }
  return out;
}
