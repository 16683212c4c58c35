import type { GuideQuestion } from './types';

function dayValue(updated: string | null): number {
  if (!updated) return 0;
  const [d, m, y] = updated.split('.').map(Number);
  return (y ?? 0) * 10000 + (m ?? 0) * 100 + (d ?? 0);
}

/** The version to show: the question its canonical address names, else the newest. */
function pickRepresentative(group: GuideQuestion[]): GuideQuestion {
  const named = group.find((q) => q.canonical.endsWith(`/q${q.id}`));
  if (named) return named;
  return [...group].sort((a, b) => dayValue(b.updated) - dayValue(a.updated) || a.id - b.id)[0]!;
}

/**
 * Questions that share a section, language and canonical address are one
 * answer: keep one, remember every id. The output order is stable (by canonical, then id).
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
