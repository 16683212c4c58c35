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

/**
 * How long one attempt waits for its reply before the message is sent again. A reply Chrome
 * neither delivers nor closes (a channel left open by a worker stopped mid-start) would
 * otherwise hold the page until it is closed; the earlier attempt may still answer, and
 * whichever reply comes first is taken.
 */
export const ATTEMPT_REPLY_WAIT_MS = 3_000;

type Outcome<N extends MessageName> = { reply: Reply<MessageResult<N>> | undefined } | { thrown: string };

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
  // Attempts still waiting for their reply; each settles once, with what came back or what was thrown.
  const waiting = new Set<Promise<Outcome<N>>>();
  for (let pauseMs = RETRY_PAUSE_MS; ; ) {
    attempts++;
    const attempt: Promise<Outcome<N>> = send({ name, data }).then(
      (reply) => ({ reply: reply as Reply<MessageResult<N>> | undefined }),
      (e: unknown) => ({ thrown: e instanceof Error ? e.message : String(e) }),
    );
    waiting.add(attempt);
    const settled = await firstSettled(waiting, Math.min(ATTEMPT_REPLY_WAIT_MS, Math.max(0, giveUpAfterMs - (Date.now() - started))));
    if (settled) {
      waiting.delete(settled.attempt);
      const outcome = settled.outcome;
      if ('thrown' in outcome) {
        if (CONTEXT_INVALIDATED.test(outcome.thrown)) throw new MessageError('context-invalidated', `${name}: the extension was updated or reloaded; reopen the page`);
        if (!LOST_IN_TRANSIT.test(outcome.thrown)) throw new MessageError('no-reply', `${name}: ${outcome.thrown}`);
        problem = { kind: 'no-reply', text: `${name}: ${outcome.thrown}` };
      } else if (outcome.reply && 'ok' in outcome.reply) {
        return outcome.reply.ok;
      } else if (outcome.reply && 'error' in outcome.reply) {
        if (!outcome.reply.retryable) throw new MessageError('failed', outcome.reply.error);
        problem = { kind: 'failed', text: outcome.reply.error };
      }
    } else {
      problem = { kind: 'no-reply', text: `${name}: no reply from the background` };
    }
    if (Date.now() - started + (settled ? pauseMs : 0) >= giveUpAfterMs) break;
    // A lost message waits for the worker to start; an unanswered one is sent again at once.
    if (settled) {
      await pause(pauseMs);
      pauseMs = Math.min(2 * pauseMs, LONGEST_RETRY_PAUSE_MS);
    }
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  throw new MessageError(problem.kind, `${problem.text} (tried ${attempts} times in ${seconds} s)`);
}

/** The first of the attempts to settle within `ms`, or null. */
async function firstSettled<T>(attempts: Set<Promise<T>>, ms: number): Promise<{ attempt: Promise<T>; outcome: T } | null> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), ms)));
  try {
    return await Promise.race([...[...attempts].map((attempt) => attempt.then((outcome) => ({ attempt, outcome }))), timeout]);
  } finally {
    clearTimeout(timer);
  }
}
