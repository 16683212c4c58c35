// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsView } from '../../../components/SettingsView';
import { STRINGS } from '../../../components/strings';

/** The background's replies, by message name; a function may throw to play a failing background. */
function answerMessages(replies: Record<string, () => unknown>) {
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { name: string }) => {
    const reply = replies[message.name];
    if (!reply) throw new Error(`unexpected message ${message.name}`);
    return reply();
  }) as typeof fakeBrowser.runtime.sendMessage);
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('SettingsView', () => {
  it('forgets learned questions and shows what is known afterwards', async () => {
    let learned = 4;
    answerMessages({
      getStats: () => ({ ok: { answers: 43, learned } }),
      forgetLearned: () => ((learned = 0), { ok: { learned: 0 } }),
    });
    render(<SettingsView t={STRINGS.ru} lang="ru" onDone={() => undefined} />);
    const forget = await screen.findByRole('button', { name: 'Забыть запомненные вопросы' });
    await waitFor(() => expect((forget as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(forget);
    await waitFor(() => expect(screen.getByTestId('known-questions').textContent).toMatch(/из них .*: 0$/));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says so when forgetting fails, instead of failing silently', async () => {
    answerMessages({
      getStats: () => ({ ok: { answers: 43, learned: 4 } }),
      forgetLearned: () => ({ error: 'forgetLearned failed: storage is full' }),
    });
    render(<SettingsView t={STRINGS.ru} lang="ru" onDone={() => undefined} />);
    const forget = await screen.findByRole('button', { name: 'Забыть запомненные вопросы' });
    await waitFor(() => expect((forget as HTMLButtonElement).disabled).toBe(false));
    fireEvent.click(forget);
    expect((await screen.findByRole('alert')).textContent).toBe('Не получилось сохранить изменение. Попробуйте ещё раз.');
    expect(console.error).toHaveBeenCalledWith('Kaspi Guide Helper: forgetting learned questions:', expect.objectContaining({ kind: 'failed' }));
  });
});
