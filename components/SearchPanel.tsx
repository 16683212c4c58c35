import { logError } from '../lib/log-error';
import type { ComponentChild } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GuideLang } from '../lib/guide/types';
import { sendMessage } from '../lib/message-transport';
import type { StoredAnswer } from '../lib/search/answer-store';
import type { SearchHit } from '../lib/search/search-guide';
import { AnswerView } from './AnswerView';
import { EmptyState } from './EmptyState';
import { NothingFound } from './NothingFound';
import { NoConfidentAnswer } from './NoConfidentAnswer';
import type { GuideSection } from '../lib/guide/types';
import { addRecent, recentSearches } from '../lib/storage/recent-searches';
import { RESULT_LIST_ID, ResultList, resultOptionId } from './ResultList';
import { STRINGS, type UiStrings } from './strings';
import { useGuideSearch } from './useGuideSearch';

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

/** Search box, results and answer view: the whole UI, shared by the popup and the on-page panel. */
export function SearchPanel({ lang, onLangChange, initialQuery = '', onClose, contextUrl, renderSettings }: SearchPanelProps) {
  const t = STRINGS[lang];
  const [query, setQuery] = useState(initialQuery);
  const [selected, setSelected] = useState(0);
  const [answer, setAnswer] = useState<StoredAnswer | null>(null);
  const [popular, setPopular] = useState<StoredAnswer[]>([]);
  const [isPageTopic, setIsPageTopic] = useState(false);
  const [pageSection, setPageSection] = useState<GuideSection | null>(null);
  const [isSettingsOpen, setSettingsOpen] = useState(false);
  const [recent, setRecent] = useState<string[]>([]);
  const input = useRef<HTMLInputElement>(null);
  const { hits, correctedQuery, confident, answeredQuery, error } = useGuideSearch(query, lang);

  // A declined search preselects nothing: Enter must not open an answer the engine does not stand behind.
  useEffect(() => setSelected(confident ? 0 : -1), [hits, confident]);
  useEffect(() => {
    const suggestions = contextUrl
      ? sendMessage('getPageSuggestions', { url: contextUrl, lang, limit: 6 })
      : sendMessage('getPopular', { lang, limit: 6 }).then((answers) => ({ topic: null, section: null, answers }));
    suggestions
      .then((r) => { setPopular(r.answers); setIsPageTopic(r.topic !== null); setPageSection(r.section); })
      .catch(() => setPopular([]));
  }, [lang, contextUrl]);
  useEffect(() => {
    recentSearches.getValue().then(setRecent).catch(() => setRecent([]));
  }, []);
  useEffect(() => {
    if (!answer) input.current?.focus();
  }, [answer]);

  const rememberQuery = () => {
    const next = addRecent(recent, query);
    setRecent(next);
    void recentSearches.setValue(next);
  };
  const openHit = (hit: SearchHit) => {
    rememberQuery();
    setAnswer(hit.answer);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && hits.length) {
      e.preventDefault();
      setSelected((s) => (s + 1) % hits.length);
    } else if (e.key === 'ArrowUp' && hits.length) {
      e.preventDefault();
      setSelected((s) => (s <= 0 ? hits.length - 1 : s - 1));
    } else if (e.key === 'Enter' && hits[selected]) {
      e.preventDefault();
      openHit(hits[selected]!);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (onClose) onClose();
      else setQuery('');
    }
  };

  const hasQuery = query.trim() !== '';
  const settled = answeredQuery === query;
  return (
    <div class="kgh-panel" lang={lang === 'kz' ? 'kk' : 'ru'}>
      <header class="kgh-header">
        <span class="kgh-brand">Kaspi Гид</span>
        <label class="kgh-lang">
          <span class="kgh-visually-hidden">{t.language}</span>
          <select value={lang} onChange={(e) => onLangChange((e.currentTarget as HTMLSelectElement).value as GuideLang)}>
            <option value="ru">Рус</option>
            <option value="kz">Қаз</option>
          </select>
        </label>
        {renderSettings && (
          <button type="button" class="kgh-close" aria-label={t.settings} aria-pressed={isSettingsOpen}
            onClick={() => setSettingsOpen(!isSettingsOpen)}>⚙</button>
        )}
        {onClose && <button type="button" class="kgh-close" aria-label={t.close} onClick={onClose}>×</button>}
      </header>
      {isSettingsOpen && renderSettings ? (
        renderSettings(t, () => { setSettingsOpen(false); recentSearches.getValue().then(setRecent).catch((e: unknown) => logError('reading recent searches', e)); })
      ) : answer ? (
        <AnswerView answer={answer} t={t} onBack={() => setAnswer(null)} />
      ) : (
        <>
          <input ref={input} class="kgh-input" type="search" role="combobox" autoFocus
            aria-label={t.searchLabel} placeholder={t.placeholder} aria-expanded={hits.length > 0}
            aria-controls={RESULT_LIST_ID} aria-autocomplete="list"
            aria-activedescendant={hits.length && selected >= 0 ? resultOptionId(selected) : undefined}
            value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} onKeyDown={onKeyDown} />
          <div class="kgh-visually-hidden" role="status" aria-live="polite">
            {hasQuery && settled ? (hits.length && !confident ? t.noConfidentAnswer : t.results(hits.length)) : ''}
          </div>
          {!hasQuery ? (
            <EmptyState popular={popular} popularTitle={isPageTopic ? t.pageQuestions : t.popular} recent={recent} t={t}
              lang={lang} noneFor={isPageTopic && popular.length === 0 ? pageSection : null}
              onOpen={setAnswer} onRecent={setQuery}
              onClearRecent={() => { setRecent([]); void recentSearches.setValue([]); }} />
          ) : error ? (
            <p class="kgh-error">{t.error}</p>
          ) : hits.length && !confident ? (
            <NoConfidentAnswer t={t} lang={lang} section={pageSection}>
              <ResultList hits={hits} selected={selected} t={t} onOpen={openHit} label={t.possiblyRelated} />
            </NoConfidentAnswer>
          ) : hits.length ? (
            <ResultList hits={hits} selected={selected} t={t} onOpen={openHit} />
          ) : settled ? (
            <NothingFound t={t} suggestion={correctedQuery} onSuggestion={setQuery} />
          ) : null}
        </>
      )}
    </div>
  );
}
