import { guideDateOrder } from './guide-date';
import type { GuideQuestion } from './types';

/** The version to show: the question its canonical address names, else the newest. */
function pickRepresentative(group: GuideQuestion[]): GuideQuestion {
  const named = group.find((q) => q.canonical.endsWith(`/q${q.id}`));
  if (named) return named;
  return [...group].sort((a, b) => guideDateOrder(b.updated) - guideDateOrder(a.updated) || a.id - b.id)[0]!;
}

/**
 * Questions that share a section, language and canonical address are one
 * answer: keep one, remember every id. The output order is stable (by guide address, then id).
 */
export function mergeByCanonical(questions: GuideQuestion[]): GuideQuestion[] {
  const groups = new Map<string, GuideQuestion[]>();
  for (const q of questions) {
    const key = `${q.section}|${q.lang}|${q.canonical}`;
    const group = groups.get(key);
    if (group) group.push(q);
    else groups.set(key, [q]);
  }
  const merged = [...groups.values()].map((group) => {
    const rep = pickRepresentative(group);
    const ids = [...new Set(group.flatMap((q) => q.ids))].sort((a, b) => a - b);
    return { ...rep, id: rep.id, ids };
  });
  return merged.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : a.id - b.id));
}
