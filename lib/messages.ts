import type { StoredAnswer } from './search/answer-store';
import type { AnswerSummary, ListedSearchResponse } from './listed-answers';
import type { GuideLang, GuideSection } from './guide/types';
import type { LearnedQuestionInput } from './learned/learned-question';
import { LEARN_LIMITS } from './learned/learn-limits';
import type { SenderKind } from './message-sender';

/**
 * The one protocol between the popup, the on-page panel and the background.
 * Each message is declared once: who may send it, how its data is checked,
 * and (as types) its data and result. The background replies `{ ok: result }`
 * or `{ error: text }` and never throws across the boundary
 * (message-dispatch.ts); pages send through message-transport.ts.
 */
interface MessageSpec<Data, Result> {
  readonly senders: readonly SenderKind[];
  /** Null when the data is acceptable, else why not. */
  readonly validate: (data: Record<string, unknown>) => string | null;
  /** Types only: never set. */
  readonly types?: { data: Data; result: Result };
}

const message = <Data, Result>(spec: MessageSpec<Data, Result>) => spec;

/** Longest query text a message may carry; longer text is refused, not cut silently. */
export const MAX_MESSAGE_QUERY = 2000;
const MAX_LIMIT = 50;
const MAX_URL = 4096;

const isLang = (v: unknown): v is GuideLang => v === 'ru' || v === 'kz';
const isLimit = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) > 0 && (v as number) <= MAX_LIMIT);
const PAGES = ['extension-page', 'kaspi-page'] as const;

export const MESSAGES = {
  /** Answers for what the user typed, as a list shows them (no bodies). */
  search: message<{ query: string; lang: GuideLang; limit?: number }, ListedSearchResponse>({
    senders: PAGES,
    validate: (d) =>
      typeof d.query !== 'string' ? 'query must be text'
      : d.query.length > MAX_MESSAGE_QUERY ? `query longer than ${MAX_MESSAGE_QUERY} characters`
      : !isLang(d.lang) ? 'lang must be ru or kz'
      : !isLimit(d.limit) ? `limit must be 1..${MAX_LIMIT}`
      : null,
  }),
  /** One whole answer, body included, by any of its ids: asked for when it is opened. */
  getAnswer: message<{ id: number }, StoredAnswer | null>({
    senders: PAGES,
    validate: (d) => (Number.isInteger(d.id) ? null : 'id must be an integer'),
  }),
  /** Questions to show before the user types: pinned and most useful first. */
  getPopular: message<{ lang: GuideLang; limit?: number }, AnswerSummary[]>({
    senders: PAGES,
    validate: (d) => (!isLang(d.lang) ? 'lang must be ru or kz' : !isLimit(d.limit) ? `limit must be 1..${MAX_LIMIT}` : null),
  }),
  /** "Questions about this page": answers for a kaspi.kz address (popular ones when it has no topic). */
  getPageSuggestions: message<{ url: string; lang: GuideLang; limit?: number }, PageSuggestions>({
    senders: PAGES,
    validate: (d) =>
      typeof d.url !== 'string' || d.url.length > MAX_URL ? `url must be text up to ${MAX_URL} characters`
      : !isLang(d.lang) ? 'lang must be ru or kz'
      : !isLimit(d.limit) ? `limit must be 1..${MAX_LIMIT}`
      : null,
  }),
  /** How many answers the extension knows, and how many of them it learned from guide pages. */
  getStats: message<Record<string, never>, { answers: number; learned: number }>({ senders: PAGES, validate: () => null }),
  /** A guide.kaspi.kz page's questions, decoded and sanitised by its content script (the page address is the sender's). Only that script teaches. */
  learnGuidePage: message<{ questions: LearnedQuestionInput[] }, LearnReport>({
    senders: ['guide-page'],
    validate: (d) =>
      !Array.isArray(d.questions) ? 'questions must be a list'
      : d.questions.length > LEARN_LIMITS.questionsPerPage ? `more than ${LEARN_LIMITS.questionsPerPage} questions`
      : null,
  }),
  /** Empties the learned questions: only our own pages may. */
  forgetLearned: message<Record<string, never>, { learned: number }>({ senders: ['extension-page'], validate: () => null }),
};

export type MessageName = keyof typeof MESSAGES;
type TypesOf<N extends MessageName> = NonNullable<(typeof MESSAGES)[N]['types']>;
export type MessageData<N extends MessageName> = TypesOf<N>['data'];
export type MessageResult<N extends MessageName> = TypesOf<N>['result'];

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  data: MessageData<N>;
}
/** A reply; `retryable` marks a failure that may pass (the guide could not be read this time), so the message may be sent again. */
export type Reply<T> = { ok: T } | { error: string; retryable?: true };

/** What one guide page taught. */
interface LearnReport {
  /** False when the user turned learning off: nothing was read or stored. */
  learning: boolean;
  added: number;
  refreshed: number;
  /** Already in the shipped guide, as new or newer. */
  known: number;
  evicted: number;
  /** Refused questions, each with its position and reason. */
  refused: string[];
  /** Learned questions stored now. */
  total: number;
}

/** Questions about a kaspi.kz page: its topic's answers (maybe none), or popular ones when the page has no known topic. */
export interface PageSuggestions {
  topic: string | null;
  /** The guide section of the topic, for a link when the data has no answer about it. */
  section: GuideSection | null;
  answers: AnswerSummary[];
}
