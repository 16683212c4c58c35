import { useEffect, useRef } from 'preact/hooks';
import type { ListedHit } from '../lib/listed-answers';
import { ResultItem } from './ResultItem';
import type { UiStrings } from './strings';

export const RESULT_LIST_ID = 'kgh-results';
export const resultOptionId = (i: number) => `kgh-result-${i}`;

export function ResultList({ hits, selected, t, onOpen, onHover, label }: {
  hits: ListedHit[]; selected: number; t: UiStrings; onOpen: (hit: ListedHit) => void; onHover?: (index: number) => void; label?: string;
}) {
  const list = useRef<HTMLUListElement>(null);
  // The selected row stays in sight as the arrows move it (the panel and the popup scroll).
  useEffect(() => {
    list.current?.querySelector(`#${resultOptionId(selected)}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [selected]);
  return (
    <ul ref={list} id={RESULT_LIST_ID} role="listbox" class="kgh-results" aria-label={label ?? t.searchLabel}>
      {hits.map((hit, i) => (
        <ResultItem key={hit.answer.id} id={resultOptionId(i)} hit={hit} selected={i === selected} t={t}
          onOpen={() => onOpen(hit)} onHover={() => onHover?.(i)} />
      ))}
    </ul>
  );
}
