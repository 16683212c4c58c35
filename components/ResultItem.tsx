import type { ListedHit } from '../lib/listed-answers';
import { Highlighted } from './Highlighted';
import type { UiStrings } from './strings';

export function ResultItem({ hit, selected, id, t, onOpen, onHover }: {
  hit: ListedHit; selected: boolean; id: string; t: UiStrings; onOpen: () => void; onHover: () => void;
}) {
  return (
    <li id={id} role="option" aria-selected={selected} class={`kgh-result${selected ? ' is-selected' : ''}`}
      onMouseDown={(e) => e.preventDefault()} onMouseEnter={onHover} onClick={onOpen}>
      <span class="kgh-result-title"><Highlighted text={hit.answer.title} ranges={hit.titleHighlights} /></span>
      <span class="kgh-result-snippet"><Highlighted text={hit.snippet} ranges={hit.snippetHighlights} /></span>
      <span class="kgh-result-meta">
        {hit.answer.section === 'partner' ? t.partner : t.client} · {hit.answer.lang === 'kz' ? 'ҚАЗ' : 'РУС'}
      </span>
    </li>
  );
}
