import type { GuideLang } from '../lib/guide/types';
import type { AnswerSummary, ListedHit } from '../lib/listed-answers';
import { EmptyState } from './EmptyState';
import { NoConfidentAnswer } from './NoConfidentAnswer';
import { NothingFound } from './NothingFound';
import { ResultList } from './ResultList';
import type { UiStrings } from './strings';
import { MIN_QUERY_CHARS, type SearchState } from './useGuideSearch';
import { useSettledAnnouncement } from './useSettledAnnouncement';
import type { Popular } from './usePopular';

/** What the search screen shows under the box, for the state the search is in. */
export function SearchResults({ query, search, selected, onSelect, t, lang, popular, recent, onOpenHit, onOpenAnswer, onQuery, onClearRecent }: {
  query: string; search: SearchState; selected: number; onSelect: (index: number) => void; t: UiStrings; lang: GuideLang; popular: Popular; recent: string[];
  onOpenHit: (hit: ListedHit) => void; onOpenAnswer: (answer: AnswerSummary) => void; onQuery: (query: string) => void; onClearRecent: () => void;
}) {
  const { hits, confident, error, correctedQuery, suggestion } = search;
  // Below two characters the box shows what it shows when empty: no "nothing found" flashing after the first letter.
  const hasQuery = query.trim().length >= MIN_QUERY_CHARS;
  const settled = search.answeredQuery === query;
  // After a failed search the alert speaks; the status must not also say "nothing found".
  const status = hasQuery && settled && !error ? (hits.length && !confident ? t.noConfidentAnswer : t.results(hits.length)) : '';
  const announcement = useSettledAnnouncement(status);
  return (
    <>
      <div class="kgh-visually-hidden" role="status" aria-live="polite">{announcement}</div>
      {resultsBody()}
    </>
  );

  function resultsBody() {
    if (!hasQuery) {
      return (
        <EmptyState popular={popular.answers} popularTitle={popular.isPageTopic ? t.pageQuestions : t.popular} recent={recent} t={t}
          lang={lang} noneFor={popular.isPageTopic && popular.answers.length === 0 ? popular.section : null}
          onOpen={onOpenAnswer} onRecent={onQuery} onClearRecent={onClearRecent} />
      );
    }
    if (error) return <p class="kgh-error" role="alert">{t.error}</p>;
    if (hits.length && !confident) {
      return (
        <NoConfidentAnswer t={t} lang={lang} section={popular.section}>
          <ResultList hits={hits} selected={selected} t={t} onOpen={onOpenHit} onHover={onSelect} label={t.possiblyRelated} />
        </NoConfidentAnswer>
      );
    }
    if (hits.length) return <ResultList hits={hits} selected={selected} t={t} onOpen={onOpenHit} onHover={onSelect} />;
    if (settled) return <NothingFound t={t} suggestion={correctedQuery ?? suggestion} onSuggestion={onQuery} />;
    return null;
  }
}
