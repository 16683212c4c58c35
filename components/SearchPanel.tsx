import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideLang } from '../lib/guide/types';
import type { ListedHit } from '../lib/listed-answers';
import { AnswerView } from './AnswerView';
import { PanelHeader } from './PanelHeader';
import { SearchResults } from './SearchResults';
import { RESULT_LIST_ID, resultOptionId } from './ResultList';
import { STRINGS, type UiStrings } from './strings';
import { useGuideSearch } from './useGuideSearch';
import { useListboxKeyboard } from './useListboxKeyboard';
import { useOpenAnswer } from './useOpenAnswer';
import { usePopular } from './usePopular';
import { useRecentSearches } from './useRecentSearches';

export interface SearchPanelProps {
  lang: GuideLang;
  onLangChange: (lang: GuideLang) => void;
  initialQuery?: string;
  /** Esc or the close button (the on-page panel closes; the popup window closes). */
  onClose?: () => void;
  /** The kaspi.kz page the panel is on: its questions come first in the empty state. */
  contextUrl?: string;
  /** The settings view, for the popup (kept out of the content script's bundle). */
  renderSettings?: (t: UiStrings, onDone: () => void) => ComponentChild;
}

/** The whole UI, shared by the popup and the on-page panel: a header over one of three screens (settings, an answer, search). */
export function SearchPanel({ lang, onLangChange, initialQuery = '', onClose, contextUrl, renderSettings }: SearchPanelProps) {
  const t = STRINGS[lang];
  const [query, setQuery] = useState(initialQuery);
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const search = useGuideSearch(query, lang);
  const popular = usePopular(lang, contextUrl);
  const recent = useRecentSearches();
  const opened = useOpenAnswer();
  // Only a query whose answer was opened is remembered, as it was understood (a wrong-layout query as read).
  const openHit = (hit: ListedHit) => {
    recent.remember(search.correctedQuery ?? query);
    opened.open(hit.answer);
  };
  const searchFor = (text: string) => {
    setQuery(text);
    input.current?.focus();
  };
  // Esc on the search screen: text is cleared first; an empty box closes (the panel, or the popup window).
  const escapeSearch = () => (query !== '' ? searchFor('') : onClose?.());
  const listbox = useListboxKeyboard({ items: search.hits, preselect: search.confident, onOpen: openHit, onEscape: escapeSearch });
  const screen = isSettingsOpen && renderSettings ? 'settings' : opened.answer ? 'answer' : 'search';
  // Back on the search screen (after an answer, the settings, a recent search), the box has focus again.
  useEffect(() => {
    if (screen === 'search') input.current?.focus();
  }, [screen]);
  // Esc wherever focus is in the panel: an answer or the settings go back to the results (the query kept).
  const onScreenKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    if (screen === 'answer') opened.close();
    else if (screen === 'settings') {
      setSettingsOpen(false);
      recent.reload();
    } else escapeSearch();
  };
  return (
    <div class="kgh-panel" lang={lang === 'kz' ? 'kk' : 'ru'} onKeyDown={onScreenKeyDown}>
      <PanelHeader t={t} lang={lang} onLangChange={onLangChange} onClose={onClose}
        isSettingsOpen={isSettingsOpen} onToggleSettings={renderSettings ? () => setSettingsOpen(!isSettingsOpen) : undefined} />
      {screen === 'settings' && renderSettings!(t, () => {
        setSettingsOpen(false);
        recent.reload();
      })}
      {screen === 'answer' && <AnswerView answer={opened.answer!} t={t} onBack={opened.close} />}
      {screen === 'search' && (
        <>
          <input ref={input} class="kgh-input" type="search" role="combobox" autoFocus
            aria-label={t.searchLabel} placeholder={t.placeholder} aria-expanded={search.hits.length > 0}
            aria-controls={RESULT_LIST_ID} aria-autocomplete="list"
            aria-activedescendant={search.hits.length && listbox.selected >= 0 ? resultOptionId(listbox.selected) : undefined}
            value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} onKeyDown={listbox.onKeyDown} />
          {opened.failed && <p class="kgh-error" role="alert">{t.error}</p>}
          <SearchResults query={query} search={search} selected={listbox.selected} onSelect={listbox.select} t={t} lang={lang}
            popular={popular} recent={recent.recent} onOpenHit={openHit} onOpenAnswer={opened.open}
            onQuery={searchFor} onClearRecent={recent.clear} />
        </>
      )}
    </div>
  );
}
