import { describe, expect, it } from 'vitest';
import { ATTEMPT_REPLY_WAIT_MS, LONGEST_RETRY_PAUSE_MS, MessageError, RETRY_PAUSE_MS, sendMessage } from '../../lib/message-transport';

/** A transport that answers with each outcome in turn (an Error is thrown), and counts the sends. */
function transport(...outcomes: unknown[]) {
  let sent = 0;
  const sentAt: number[] = [];
  const send = async () => {
    sentAt.push(performance.now());
    const outcome = outcomes[Math.min(sent++, outcomes.length - 1)];
    if (outcome instanceof Error) throw outcome;
    return outcome;
  };
  return { send, sent: () => sent, sentAt };
}

const CHANNEL_CLOSED = new Error('A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received');

describe('sendMessage', () => {
  it('should unwrap a reply', async () => {
    await expect(sendMessage('getStats', {}, transport({ ok: { answers: 3, learned: 0 } }).send)).resolves.toEqual({ answers: 3, learned: 0 });
  });

  it('should throw an error reply as a failure, without sending again', async () => {
    const t = transport({ error: 'search failed: boom' });
    const error = await sendMessage('getStats', {}, t.send).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageError);
    expect(error).toMatchObject({ kind: 'failed', message: 'search failed: boom' });
    expect(t.sent()).toBe(1);
  });

  it('should send again when the worker stopped while answering', async () => {
    const t = transport(CHANNEL_CLOSED, new Error('Could not establish connection. Receiving end does not exist.'), { ok: { answers: 1, learned: 0 } });
    await expect(sendMessage('getStats', {}, t.send)).resolves.toEqual({ answers: 1, learned: 0 });
    expect(t.sent()).toBe(3);
  });

  it('should outlast a receiver missing for over a second while the worker restarts', async () => {
    const missing = () => new Error('Could not establish connection. Receiving end does not exist.');
    const t = transport(missing(), missing(), missing(), missing(), { ok: { answers: 1, learned: 0 } });
    await expect(sendMessage('getStats', {}, t.send)).resolves.toEqual({ answers: 1, learned: 0 });
    expect(t.sentAt.at(-1)! - t.sentAt[0]!).toBeGreaterThanOrEqual(1000);
  });

  it('should pause before sending again, longer each time, so that the worker can start', async () => {
    const t = transport(CHANNEL_CLOSED, CHANNEL_CLOSED, { ok: { answers: 1, learned: 0 } });
    await sendMessage('getStats', {}, t.send);
    const [first, second, third] = t.sentAt;
    expect(second! - first!).toBeGreaterThanOrEqual(RETRY_PAUSE_MS - 5);
    expect(third! - second!).toBeGreaterThanOrEqual(2 * RETRY_PAUSE_MS - 5);
  });

  it('should keep sending for as long as it is given, no pause longer than the longest, then say how long it tried', async () => {
    const t = transport(undefined);
    const error = await sendMessage('getStats', {}, t.send, 4_000).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'no-reply', message: expect.stringMatching(/^getStats: no reply from the background \(tried \d+ times in [34]\.\d s\)$/) });
    const waited = t.sentAt.at(-1)! - t.sentAt[0]!;
    expect(waited).toBeGreaterThan(2_500);
    expect(waited).toBeLessThanOrEqual(4_000);
    const pauses = t.sentAt.slice(1).map((at, i) => at - t.sentAt[i]!);
    expect(Math.max(...pauses)).toBeLessThan(LONGEST_RETRY_PAUSE_MS + 100);
  });

  it('should send again a failure the background marks as passing, and report it as a failure when it does not pass', async () => {
    const passing = { error: 'search failed: reading the guide: Failed to fetch', retryable: true };
    const t = transport(passing, { ok: { answers: 2, learned: 0 } });
    await expect(sendMessage('getStats', {}, t.send)).resolves.toEqual({ answers: 2, learned: 0 });
    expect(t.sent()).toBe(2);
    const stuck = transport(passing);
    await expect(sendMessage('getStats', {}, stuck.send, 500)).rejects.toMatchObject({ kind: 'failed', message: expect.stringMatching(/^search failed: reading the guide: Failed to fetch \(tried/) });
  });

  it('should send again a message whose reply neither comes nor fails, and take the reply that comes', async () => {
    const never = new Promise<unknown>(() => {});
    const replies = [never, Promise.resolve({ ok: { answers: 4, learned: 0 } })];
    const sentAt: number[] = [];
    const send = () => (sentAt.push(performance.now()), replies[sentAt.length - 1]!);
    await expect(sendMessage('getStats', {}, send)).resolves.toEqual({ answers: 4, learned: 0 });
    expect(sentAt).toHaveLength(2);
    expect(sentAt[1]! - sentAt[0]!).toBeGreaterThanOrEqual(ATTEMPT_REPLY_WAIT_MS - 5);
  });

  it('should still take a slow reply to an earlier attempt after sending again', async () => {
    let sent = 0;
    const send = () => {
      sent++;
      if (sent === 1) return new Promise<unknown>((resolve) => setTimeout(() => resolve({ ok: { answers: 5, learned: 0 } }), ATTEMPT_REPLY_WAIT_MS + 200));
      return new Promise<unknown>(() => {});
    };
    const started = performance.now();
    await expect(sendMessage('getStats', {}, send)).resolves.toEqual({ answers: 5, learned: 0 });
    expect(sent).toBe(2);
    expect(performance.now() - started).toBeLessThan(2 * ATTEMPT_REPLY_WAIT_MS);
  });

  it('should give up on replies that never come when its time is over', async () => {
    let sent = 0;
    const send = () => (sent++, new Promise<unknown>(() => {}));
    const error = await sendMessage('getStats', {}, send, 4_000).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: 'no-reply', message: expect.stringMatching(/^getStats: no reply from the background \(tried 2 times in 4\.\d s\)$/) });
    expect(sent).toBe(2);
  });

  it('should not retry when the extension was reloaded under the page', async () => {
    const t = transport(new Error('Extension context invalidated.'));
    await expect(sendMessage('getStats', {}, t.send)).rejects.toMatchObject({ kind: 'context-invalidated' });
    expect(t.sent()).toBe(1);
  });
});
