import { scanJsonValues, type ValueRun } from './scan-json-values';

/** The part of a `__NUXT_DATA__` array that a capture holds. */
export interface PayloadWindow {
  run: ValueRun;
  /** Offset in the text where the first whole value starts. */
  firstValueAt: number;
  /** True for a whole payload (`[` … `]`): its first value has index 0. */
  isWhole: boolean;
}

/** How far into a capture we look for the first whole value; no guide string is longer. */
const MAX_HEAD_SEARCH = 256 * 1024;

/**
 * Finds the first position from which the capture reads as the inside of a
 * JSON array (a full payload starts with `[`; a tail starts mid-string), and
 * reads every whole value from there. Returns null when no position works.
 */
export function readPayload(text: string): PayloadWindow | null {
  const trimmedStart = text.search(/\S/);
  if (trimmedStart >= 0 && text[trimmedStart] === '[') {
    const run = scanJsonValues(text, trimmedStart + 1);
    if (run.errorAt === null && run.values.length > 0) {
      return { run, firstValueAt: run.starts[0]!, isWhole: run.closed };
    }
  }
  const limit = Math.min(text.length, MAX_HEAD_SEARCH);
  for (let i = 0; i < limit; i++) {
    if (text[i] !== ',') continue;
    const run = scanJsonValues(text, i + 1);
    // One value alone proves nothing: a comma inside a string can precede a number.
    if (run.errorAt === null && run.values.length >= 2) {
      return { run, firstValueAt: run.starts[0]!, isWhole: false };
    }
  }
  return null;
}
