import { useEffect, useState } from 'preact/hooks';
import type { GuideLang } from '../lib/guide/types';
import { MAX_MESSAGE_QUERY } from '../lib/messages';
import { logError } from '../lib/log-error';
import { sendMessage } from '../lib/message-transport';
import type { ListedHit } from '../lib/listed-answers';

export interface SearchState {
  hits: ListedHit[];
  correctedQuery: string | null;
  /** "Did you mean" when nothing matched. */
  suggestion: string | null;
  /** Whether the first hit answers the query; when not, the hits are only possibly related. */
  confident: boolean;
  /** The query these hits answer (answers can arrive after the user typed on). */
  answeredQuery: string;
  error: boolean;
}

/** A query shorter than this is not searched yet: one letter matches too much to mean anything. */
export const MIN_QUERY_CHARS = 2;

/** Asks the background as the user types; drops replies to queries already typed over. */
export function useGuideSearch(query: string, lang: GuideLang): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], correctedQuery: null, suggestion: null, confident: false, answeredQuery: '', error: false });
  useEffect(() => {
    if (query.trim().length < MIN_QUERY_CHARS) {
      setState({ hits: [], correctedQuery: null, suggestion: null, confident: false, answeredQuery: query, error: false });
      return;
    }
    let current = true;
    sendMessage('search', { query: query.slice(0, MAX_MESSAGE_QUERY), lang })
      .then((r) => current && setState({ hits: r.hits, correctedQuery: r.correctedQuery, suggestion: r.suggestion, confident: r.confident, answeredQuery: query, error: false }))
      .catch((e: unknown) => {
        logError('searching', e);
        if (current) setState({ hits: [], correctedQuery: null, suggestion: null, confident: false, answeredQuery: query, error: true });
      });
    return () => {
      current = false;
    };
  }, [query, lang]);
  return state;
}
