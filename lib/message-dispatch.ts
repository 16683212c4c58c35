import { MESSAGES, type Envelope, type MessageData, type MessageName, type MessageResult, type Reply } from './messages';
import type { Sender } from './message-sender';
import { RetryableError } from './retryable-error';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks an incoming message; returns the typed envelope or the reason it is refused. */
export function validateMessage(message: unknown): { envelope: Envelope } | { error: string } {
  if (!isObject(message)) return { error: 'message must be an object' };
  const { name, data } = message;
  if (typeof name !== 'string' || !Object.prototype.hasOwnProperty.call(MESSAGES, name)) {
    return { error: `unknown message: ${String(name).slice(0, 40)}` };
  }
  if (!isObject(data)) return { error: `${name}: data must be an object` };
  const problem = MESSAGES[name as MessageName].validate(data);
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
  if (!MESSAGES[name].senders.includes(sender.kind)) return { error: `${name}: not accepted from ${sender.kind}` };
  try {
    const handler = handlers[name] as (d: unknown, s: Sender) => unknown;
    return { ok: await handler(data, sender) };
  } catch (e) {
    const error = `${name} failed: ${(e as Error).message}`;
    return e instanceof RetryableError ? { error, retryable: true } : { error };
  }
}
