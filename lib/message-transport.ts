import type { Envelope, MessageData, MessageName, MessageResult, Reply } from './messages';

/** Why a message got no result: the background refused it or failed, the reply was lost, or the extension was reloaded under the page. */
export type MessageErrorKind = 'failed' | 'no-reply' | 'context-invalidated';

export class MessageError extends Error {
  constructor(
    readonly kind: MessageErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'MessageError';
  }
}

/**
 * Chrome closes a reply channel when it stops the service worker while a
 * message is being answered, and has no receiver for a moment while it starts
 * it again. Such a message is sent again: every message is safe to repeat
 * (searches read; learning a known page and forgetting are idempotent).
 */
const LOST_IN_TRANSIT = /message channel closed|message port closed|Receiving end does not exist|Could not establish connection/i;
const CONTEXT_INVALIDATED = /Extension context invalidated/i;
/**
 * How long a message is sent again before the user sees an error. Chromium was seen (the bench,
 * 10,000 answers) having no receiver for longer than 300 ms after a worker stop, and (CI, the
 * e2e test at 10,000 answers on two busy cores) a first search after a stop not answered
 * within the 6 s that seven attempts lasted. A slow machine waits longer rather than see an error.
 */
export const GIVE_UP_AFTER_MS = 12_000;
/** Pause before the second attempt, doubled before each later one up to the longest: a retry at once would land in the same restart. */
export const RETRY_PAUSE_MS = 100;
export const LONGEST_RETRY_PAUSE_MS = 1_600;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends a message to the background and unwraps the reply; throws a MessageError. */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: MessageData<N>,
  send: (m: Envelope<N>) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
  giveUpAfterMs = GIVE_UP_AFTER_MS,
): Promise<MessageResult<N>> {
  const started = Date.now();
  let problem: { kind: MessageErrorKind; text: string } = { kind: 'no-reply', text: `${name}: no reply from the background` };
  let attempts = 0;
  for (let pauseMs = RETRY_PAUSE_MS; ; pauseMs = Math.min(2 * pauseMs, LONGEST_RETRY_PAUSE_MS)) {
    attempts++;
    let reply: Reply<MessageResult<N>> | undefined;
    try {
      reply = (await send({ name, data })) as Reply<MessageResult<N>> | undefined;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (CONTEXT_INVALIDATED.test(text)) throw new MessageError('context-invalidated', `${name}: the extension was updated or reloaded; reopen the page`);
      if (!LOST_IN_TRANSIT.test(text)) throw new MessageError('no-reply', `${name}: ${text}`);
      problem = { kind: 'no-reply', text: `${name}: ${text}` };
    }
    if (reply && 'ok' in reply) return reply.ok;
    if (reply && 'error' in reply) {
      if (!reply.retryable) throw new MessageError('failed', reply.error);
      problem = { kind: 'failed', text: reply.error };
    }
    if (Date.now() - started + pauseMs > giveUpAfterMs) break;
    await pause(pauseMs);
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  throw new MessageError(problem.kind, `${problem.text} (tried ${attempts} times in ${seconds} s)`);
}
