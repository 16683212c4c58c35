/** Result of reading a run of comma-separated JSON values out of a text. */
export interface ValueRun {
  values: unknown[];
  /** Offset (in the text) at which each value starts. */
  starts: number[];
  /** True when the run ended with `]` and nothing but white space after it. */
  closed: boolean;
  /** True when the text ended inside a value (a capture cut at its end). */
  cutAtEnd: boolean;
  /** Set when the run stopped on text that is not JSON; the offset where it did. */
  errorAt: number | null;
}

const WS = new Set([' ', '\n', '\r', '\t']);

function skipWhitespace(text: string, pos: number): number {
  while (pos < text.length && WS.has(text[pos]!)) pos++;
  return pos;
}

/**
 * Finds where the JSON value starting at `pos` ends, by tracking strings and
 * bracket depth only. Returns -1 when the text ends first (value cut off) and
 * -2 when the brackets do not match. The slice is validated by JSON.parse later.
 */
export function findValueEnd(text: string, pos: number): number {
  const first = text[pos];
  if (first === '"') {
    for (let i = pos + 1; i < text.length; i++) {
      const c = text[i];
      if (c === '\\') i++;
      else if (c === '"') return i + 1;
    }
    return -1;
  }
  if (first === '{' || first === '[') {
    const stack: string[] = [];
    for (let i = pos; i < text.length; i++) {
      const c = text[i];
      if (c === '"') {
        i++;
        while (i < text.length && text[i] !== '"') {
          if (text[i] === '\\') i++;
          i++;
        }
        if (i >= text.length) return -1;
      } else if (c === '{' || c === '[') stack.push(c === '{' ? '}' : ']');
      else if (c === '}' || c === ']') {
        if (stack.pop() !== c) return -2;
        if (stack.length === 0) return i + 1;
      }
    }
    return -1;
  }
  // number, true, false, null: up to the next delimiter
  let i = pos;
  while (i < text.length && !WS.has(text[i]!) && text[i] !== ',' && text[i] !== ']' && text[i] !== '}') i++;
  return i === text.length ? -1 : i;
}

/**
 * Reads JSON values separated by commas from `start` on, as the inside of an
 * array. Stops at `]`, at the end of the text, or at the first thing that is
 * not JSON. A value cut by the end of the text is dropped, never completed.
 */
export function scanJsonValues(text: string, start: number): ValueRun {
  const run: ValueRun = { values: [], starts: [], closed: false, cutAtEnd: false, errorAt: null };
  let pos = skipWhitespace(text, start);
  while (pos < text.length) {
    const end = findValueEnd(text, pos);
    if (end === -1) {
      run.cutAtEnd = true;
      return run;
    }
    if (end === -2 || end === pos) {
      run.errorAt = pos;
      return run;
    }
    try {
      run.values.push(JSON.parse(text.slice(pos, end)));
      run.starts.push(pos);
    } catch {
      run.errorAt = pos;
      return run;
    }
    pos = skipWhitespace(text, end);
    if (pos >= text.length) {
      run.cutAtEnd = true;
      return run;
    }
    if (text[pos] === ']') {
      run.closed = skipWhitespace(text, pos + 1) >= text.length;
      if (!run.closed) run.errorAt = pos + 1;
      return run;
    }
    if (text[pos] !== ',') {
      run.errorAt = pos;
      return run;
    }
    pos = skipWhitespace(text, pos + 1);
  }
  run.cutAtEnd = true;
  return run;
}
