import type { StoredAnswer } from './search/answer-store';
import type { SearchResponse } from './search/search-guide';
import type { GuideLang, GuideSection } from './guide/types';
import { isGuideAddress, isKaspiAddress, parseUrl } from './kaspi-address';
import type { LearnedQuestionInput } from './learned/learned-question';
import { LEARN_LIMITS } from './learned/learn-limits';

/**
 * The one protocol between the popup, the on-page panel and the background.
 * Each message is a name and one `data` object; the background replies
 * `{ ok: result }` or `{ error: text }`, never throws across the boundary.
 */
interface ProtocolMap {
  /** Answers for what the user typed. */
  search(data: { query: string; lang: GuideLang; limit?: number }): SearchResponse;
  /** One answer by any of its ids. */
  getAnswer(data: { id: number }): StoredAnswer | null;
  /** Questions to show before the user types: pinned and most useful first. */
  getPopular(data: { lang: GuideLang; limit?: number }): StoredAnswer[];
  /** "Questions about this page": answers for a kaspi.kz address (popular ones when it has no topic). */
  getPageSuggestions(data: { url: string; lang: GuideLang; limit?: number }): PageSuggestions;
  /** How many answers the extension knows, and how many of them it learned from guide pages. */
  getStats(data: Record<string, never>): { answers: number; learned: number };
  /** A guide.kaspi.kz page's questions, decoded and sanitised by its content script (the page address is the sender's). */
  learnGuidePage(data: { questions: LearnedQuestionInput[] }): LearnReport;
  /** Empties the learned questions. */
  forgetLearned(data: Record<string, never>): { learned: number };
}

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

/** Who sent a message, as the browser reports it (never as the message claims). */
type SenderKind = 'extension-page' | 'kaspi-page' | 'guide-page' | 'other';
export interface Sender {
  kind: SenderKind;
  url: string;
}

/** Classifies `runtime.onMessage`'s sender: our own pages, a kaspi.kz tab (panel), a guide tab (learning). */
export function classifySender(sender: { url?: string; tab?: unknown }, extensionOrigin: string): Sender {
  const url = sender.url ?? '';
  if (url.startsWith(extensionOrigin)) return { kind: 'extension-page', url };
  const parsed = sender.tab ? parseUrl(url) : null;
  if (!parsed || !isKaspiAddress(parsed)) return { kind: 'other', url };
  return { kind: isGuideAddress(parsed) ? 'guide-page' : 'kaspi-page', url };
}

/** Which senders may send each message: the guide's content script only teaches; only our pages forget. */
const ALLOWED_SENDERS: { [N in keyof ProtocolMap]: readonly SenderKind[] } = {
  search: ['extension-page', 'kaspi-page'],
  getAnswer: ['extension-page', 'kaspi-page'],
  getPopular: ['extension-page', 'kaspi-page'],
  getPageSuggestions: ['extension-page', 'kaspi-page'],
  getStats: ['extension-page', 'kaspi-page'],
  learnGuidePage: ['guide-page'],
  forgetLearned: ['extension-page'],
};

/** Questions about a kaspi.kz page: its topic's answers (maybe none), or popular ones when the page has no known topic. */
export interface PageSuggestions {
  topic: string | null;
  /** The guide section of the topic, for a link when the data has no answer about it. */
  section: GuideSection | null;
  answers: StoredAnswer[];
}

/** What the background asks of the on-page panel (background → content script). */
export type PanelRequest =
  | { name: 'openPanel'; data: { query: string } }
  | { name: 'togglePanel'; data: Record<string, never> };

/** Checks a request arriving in the content script; anything else is ignored. */
export function validatePanelRequest(message: unknown): PanelRequest | null {
  if (!isObject(message) || !isObject(message.data)) return null;
  if (message.name === 'togglePanel') return { name: 'togglePanel', data: {} };
  if (message.name === 'openPanel' && typeof message.data.query === 'string' && message.data.query.length <= MAX_MESSAGE_QUERY) {
    return { name: 'openPanel', data: { query: message.data.query } };
  }
  return null;
}

export type MessageName = keyof ProtocolMap;
export type MessageData<N extends MessageName> = Parameters<ProtocolMap[N]>[0];
export type MessageResult<N extends MessageName> = ReturnType<ProtocolMap[N]>;

export interface Envelope<N extends MessageName = MessageName> {
  name: N;
  data: MessageData<N>;
}
export type Reply<T> = { ok: T } | { error: string };

/** Longest query text a message may carry; longer text is refused, not cut silently. */
export const MAX_MESSAGE_QUERY = 2000;
const MAX_LIMIT = 50;
const MAX_URL = 4096;

const isLang = (v: unknown): v is GuideLang => v === 'ru' || v === 'kz';
const isLimit = (v: unknown) => v === undefined || (Number.isInteger(v) && (v as number) > 0 && (v as number) <= MAX_LIMIT);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

const VALIDATORS: { [N in MessageName]: (d: Record<string, unknown>) => string | null } = {
  search: (d) =>
    typeof d.query !== 'string' ? 'query must be text'
    : d.query.length > MAX_MESSAGE_QUERY ? `query longer than ${MAX_MESSAGE_QUERY} characters`
    : !isLang(d.lang) ? 'lang must be ru or kz'
    : !isLimit(d.limit) ? `limit must be 1..${MAX_LIMIT}`
    : null,
  getAnswer: (d) => (Number.isInteger(d.id) ? null : 'id must be an integer'),
  getPopular: (d) => (!isLang(d.lang) ? 'lang must be ru or kz' : !isLimit(d.limit) ? `limit must be 1..${MAX_LIMIT}` : null),
  getPageSuggestions: (d) =>
    typeof d.url !== 'string' || d.url.length > MAX_URL ? `url must be text up to ${MAX_URL} characters`
    : !isLang(d.lang) ? 'lang must be ru or kz'
    : !isLimit(d.limit) ? `limit must be 1..${MAX_LIMIT}`
    : null,
  getStats: () => null,
  learnGuidePage: (d) =>
    !Array.isArray(d.questions) ? 'questions must be a list'
    : d.questions.length > LEARN_LIMITS.questionsPerPage ? `more than ${LEARN_LIMITS.questionsPerPage} questions`
    : null,
  forgetLearned: () => null,
};

/** Checks an incoming message; returns the typed envelope or the reason it is refused. */
export function validateMessage(message: unknown): { envelope: Envelope } | { error: string } {
  if (!isObject(message)) return { error: 'message must be an object' };
  const { name, data } = message;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(VALIDATORS, name)) {
    return { error: `unknown message: ${String(name).slice(0, 40)}` };
  }
  if (!isObject(data)) return { error: `${name}: data must be an object` };
  const problem = VALIDATORS[name as MessageName](data);
  return problem ? { error: `${name}: ${problem}` } : { envelope: { name: name as MessageName, data } as Envelope };
}

export type MessageHandlers = {
  [N in MessageName]: (data: MessageData<N>, sender: Sender) => MessageResult<N> | Promise<MessageResult<N>>;
};

/** Validates a message and its sender and runs its handler; every failure becomes an error reply. */
export async function dispatchMessage(handlers: MessageHandlers, message: unknown, sender: Sender): Promise<Reply<unknown>> {
  const checked = validateMessage(message);
  if ('error' in checked) return checked;
  const { name, data } = checked.envelope;
  if (!ALLOWED_SENDERS[name].includes(sender.kind)) return { error: `${name}: not accepted from ${sender.kind}` };
  try {
    const handler = handlers[name] as (d: unknown, s: Sender) => unknown;
    return { ok: await handler(data, sender) };
  } catch (e) {
    return { error: `${name} failed: ${(e as Error).message}` };
  }
}
