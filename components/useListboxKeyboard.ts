import { useState } from 'preact/hooks';

/**
 * Arrow keys move the selection through a listbox (wrapping), Enter opens the
 * selected item, Esc calls `onEscape`. The first item is preselected only when
 * `preselect` (a declined search preselects nothing: Enter must not open an
 * answer the engine does not stand behind).
 */
export function useListboxKeyboard<T>({ items, preselect, onOpen, onEscape }: {
  items: readonly T[]; preselect: boolean; onOpen: (item: T) => void; onEscape: () => void;
}) {
  // The choice belongs to the list it was made in: new items start from the preselection in
  // the same render, so no frame shows them with nothing (or a stale row) selected.
  const [choice, setChoice] = useState<{ items: readonly T[]; preselect: boolean; index: number } | null>(null);
  const current = (made: typeof choice) => made && made.items === items && made.preselect === preselect
    ? made.index
    : preselect && items.length > 0 ? 0 : -1;
  const selected = current(choice);
  const select = (index: number | ((from: number) => number)) =>
    setChoice((made) => ({ items, preselect, index: typeof index === 'function' ? index(current(made)) : index }));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      select((s) => (s + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      select((s) => (s <= 0 ? items.length - 1 : s - 1));
    } else if (e.key === 'Enter' && items[selected] !== undefined) {
      e.preventDefault();
      onOpen(items[selected]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onEscape();
    }
  };
  // Hovering moves the selection, so the mouse and the keyboard never show two highlighted rows.
  return { selected, select: (index: number) => select(index), onKeyDown };
}
