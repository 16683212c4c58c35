import { useEffect, useState } from 'preact/hooks';

/**
 * Arrow keys move the selection through a listbox (wrapping), Enter opens the
 * selected item, Esc calls `onEscape`. The first item is preselected only when
 * `preselect` (a declined search preselects nothing: Enter must not open an
 * answer the engine does not stand behind).
 */
export function useListboxKeyboard<T>({ items, preselect, onOpen, onEscape }: {
  items: readonly T[]; preselect: boolean; onOpen: (item: T) => void; onEscape: () => void;
}) {
  const [selected, setSelected] = useState(-1);
  useEffect(() => setSelected(preselect && items.length > 0 ? 0 : -1), [items, preselect]);
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && items.length) {
      e.preventDefault();
      setSelected((s) => (s + 1) % items.length);
    } else if (e.key === 'ArrowUp' && items.length) {
      e.preventDefault();
      setSelected((s) => (s <= 0 ? items.length - 1 : s - 1));
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
  return { selected, select: setSelected, onKeyDown };
}
