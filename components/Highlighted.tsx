import type { HighlightRange } from '../lib/search/make-snippet';

/** Text with the given ranges wrapped in <mark>; plain text nodes only, never HTML. */
export function Highlighted({ text, ranges }: { text: string; ranges: HighlightRange[] }) {
  const parts = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    if (r.start < at || r.end > text.length) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(<mark class="kgh-mark">{text.slice(r.start, r.end)}</mark>);
    at = r.end;
  }
  parts.push(text.slice(at));
  return <>{parts}</>;
}
