import type { StoredAnswer } from './search/answer-store';
import type { SearchHit } from './search/search-guide';
import type { GuideLang } from './guide/types';

/**
 * The one protocol between the popup, the on-page panel and the background.
 * Each message is a name and one `data` object; the background replies
 * `{ ok: result }` or `{ error: text }`, never throws across the boundary.
 */
export interface ProtocolMap {
  /** Answers for what the user typed. */
  search(data: { query: string; lang: GuideLang; limit?: number }): { hits: SearchHit[]; correctedQuery: string | null };
  /** One answer by any of its ids. */
  getAnswer(data: { id: number }): StoredAnswer | null;
  /** Questions to show before the user types: pinned and most useful first. */
  getPopular(data: { lang: GuideLang; limit?: number }): StoredAnswer[];
  /** "Questions about this page": answers for a kaspi.kz address (popular ones when it has no topic). */
  getPageSuggestions(data: { url: string; lang: GuideLang; limit?: number }): { topic: string | null; answers: StoredAnswer[] };
  /** How many answers the extension knows. */
  getStats(data: Record<string, never>): { answers: number };
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

export type MessageHandlers = { [N in MessageName]: (data: MessageData<N>) => MessageResult<N> | Promise<MessageResult<N>> };

/** Validates a message and runs its handler; every failure becomes an error reply. */
export async function dispatchMessage(handlers: MessageHandlers, message: unknown): Promise<Reply<unknown>> {
  const checked = validateMessage(message);
  if ('error' in checked) return checked;
  try {
    const handler = handlers[checked.envelope.name] as (d: unknown) => unknown;
    return { ok: await handler(checked.envelope.data) };
  } catch (e) {
    return { error: `${checked.envelope.name} failed: ${(e as Error).message}` };
  }
}

/** Sends a message to the background and unwraps the reply (throws the error text). */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: MessageData<N>,
  send: (m: Envelope<N>) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<MessageResult<N>> {
  const reply = (await send({ name, data })) as Reply<MessageResult<N>> | undefined;
  if (!reply) throw new Error(`${name}: no reply from the background`);
  if ('error' in reply) throw new Error(reply.error);
  return reply.ok;
}
