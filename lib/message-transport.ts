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
 * With the pauses below, the last attempt goes about 6 s after the first. Chromium was seen
 * (the bench, 10,000 answers) having no receiver for longer than 300 ms after a worker stop,
 * which three attempts did not outlast, and (the e2e test at 10,000 answers, on two cores busy
 * with other tests) not answering within the 3 s six attempts lasted: the popup then showed an
 * error instead of results. A slow machine waits a little longer rather than see an error.
 */
export const SEND_ATTEMPTS = 7;
/** Pause before the second attempt, doubled before each later one: a retry at once would land in the same restart. */
export const RETRY_PAUSE_MS = 100;

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends a message to the background and unwraps the reply; throws a MessageError. */
export async function sendMessage<N extends MessageName>(
  name: N,
  data: MessageData<N>,
  send: (m: Envelope<N>) => Promise<unknown> = (m) => browser.runtime.sendMessage(m),
): Promise<MessageResult<N>> {
  let lastProblem = 'no reply from the background';
  for (let attempt = 1; attempt <= SEND_ATTEMPTS; attempt++) {
    if (attempt > 1) await pause(RETRY_PAUSE_MS * 2 ** (attempt - 2));
    let reply: Reply<MessageResult<N>> | undefined;
    try {
      reply = (await send({ name, data })) as Reply<MessageResult<N>> | undefined;
    } catch (e) {
      const text = e instanceof Error ? e.message : String(e);
      if (CONTEXT_INVALIDATED.test(text)) throw new MessageError('context-invalidated', `${name}: the extension was updated or reloaded; reopen the page`);
      if (!LOST_IN_TRANSIT.test(text)) throw new MessageError('no-reply', `${name}: ${text}`);
      lastProblem = text;
      continue;
    }
    if (!reply) continue;
    if ('error' in reply) throw new MessageError('failed', reply.error);
    return reply.ok;
  }
  throw new MessageError('no-reply', `${name}: ${lastProblem} (tried ${SEND_ATTEMPTS} times)`);
}
