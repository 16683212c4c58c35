/** Why we believe the window's first value has a given global index. */
export interface Alignment {
  /** Global index of the window's first value. */
  offset: number;
  /** Wrapper markers (`["Reactive",K]` followed by element K) that agree. */
  markers: number;
  /** Question objects directly followed by their own fields' values. */
  provenObjects: number;
}

const WRAPPERS = new Set(['Reactive', 'ShallowReactive', 'Ref', 'ShallowRef']);

/** True for a devalue object that looks like a guide question (references only). */
export function isQuestionObject(value: unknown): value is Record<string, number> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'number' && typeof v.title === 'number' && typeof v.content === 'number';
}

function markerOffsets(values: unknown[]): number[] {
  const offsets: number[] = [];
  values.forEach((v, i) => {
    if (Array.isArray(v) && v.length === 2 && WRAPPERS.has(v[0]) && Number.isInteger(v[1]) && i + 1 < values.length) {
      offsets.push((v[1] as number) - (i + 1));
    }
  });
  return offsets;
}

/**
 * devalue writes a new object's field values right after it, in field order.
 * So with the right offset, the references beyond the object's own index are
 * exactly the next consecutive indices, and the id and title have their types.
 */
function isFollowedByOwnValues(obj: Record<string, number>, pos: number, offset: number, values: unknown[]): boolean {
  const own = pos + offset;
  const lastInWindow = offset + values.length - 1;
  // References past the window's end belong to values the capture lost; they prove nothing either way.
  const later = [...new Set(Object.values(obj).filter((r) => Number.isInteger(r) && r > own && r <= lastInWindow))]
    .sort((a, b) => a - b);
  if (later.length < 2) return false;
  if (later.some((r, k) => r !== own + 1 + k)) return false;
  const id = values[obj.id! - offset];
  const title = values[obj.title! - offset];
  return Number.isInteger(id) && typeof title === 'string' && title.trim() !== '';
}

/**
 * Works out the global index of the window's first value from the data alone:
 * wrapper markers (only in a capture that keeps its end) and question objects
 * followed by their values. Returns null when nothing proves an offset.
 */
export function alignIndices(values: unknown[]): Alignment | null {
  const candidates = new Map<number, Alignment>();
  const candidate = (offset: number) => {
    let a = candidates.get(offset);
    if (!a) candidates.set(offset, (a = { offset, markers: 0, provenObjects: 0 }));
    return a;
  };
  for (const offset of markerOffsets(values)) if (offset >= 0) candidate(offset).markers++;
  values.forEach((v, pos) => {
    if (!isQuestionObject(v)) return;
    const offset = v.id! - (pos + 1);
    if (offset >= 0 && isFollowedByOwnValues(v, pos, offset, values)) candidate(offset).provenObjects++;
  });
  let best: Alignment | null = null;
  for (const a of candidates.values()) {
    const score = a.markers * 1000 + a.provenObjects;
    if (!best || score > best.markers * 1000 + best.provenObjects) best = a;
  }
  return best;
}

