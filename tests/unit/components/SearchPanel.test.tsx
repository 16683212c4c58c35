// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SearchPanel } from '../../../components/SearchPanel';
import { createBackgroundHandlers } from '../../../lib/background-handlers';
import { loadShippedSearcher } from '../../../lib/cli/load-guide-searcher';
import { createLearnedGuide } from '../../../lib/learned/learned-guide';
import { dispatchMessage, type MessageHandlers } from '../../../lib/message-dispatch';
import { createMemoryStorage } from '../memory-storage';

let handlers: MessageHandlers;
const sent: string[] = [];

beforeAll(() => {
  const searcher = loadShippedSearcher();
  handlers = createBackgroundHandlers({
    shipped: async () => searcher,
    learned: async () => createLearnedGuide(createMemoryStorage(), searcher),
    isLearningOn: async () => false,
  }).handlers;
});
beforeEach(() => {
  fakeBrowser.reset();
  sent.length = 0;
  // The real background handlers behind the real protocol, as the popup sees them.
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { name: string }) => {
    sent.push(message.name);
    return dispatchMessage(handlers, message, { kind: 'extension-page', url: 'chrome-extension://test/popup.html' });
  }) as typeof fakeBrowser.runtime.sendMessage);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const box = () => screen.getByRole('combobox', { name: 'Поиск по Kaspi Гид' });
/** The result options (the language select has options of its own). */
const options = () => {
  const list = screen.queryByRole('listbox');
  return list ? within(list).queryAllByRole('option') : [];
};
const selectedOption = () => box().getAttribute('aria-activedescendant');

function renderPanel() {
  render(<SearchPanel lang="ru" onLangChange={() => undefined} />);
}

describe('SearchPanel', () => {
  it('lists answers as the user types, moves the selection with the arrows, opens the selected one with Enter', async () => {
    renderPanel();
    fireEvent.input(box(), { target: { value: 'оплатить kaspi red' } });
    await waitFor(() => expect(options().length).toBeGreaterThan(1));
    // Selected in the render that shows the list: no frame where Enter would open nothing.
    expect(selectedOption()).toBe(options()[0]!.id);
    expect(options()[0]!.classList.contains('is-selected')).toBe(true);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    expect(selectedOption()).toBe(options()[1]!.id);
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    fireEvent.keyDown(box(), { key: 'ArrowUp' });
    expect(selectedOption()).toBe(options().at(-1)!.id);
    fireEvent.keyDown(box(), { key: 'ArrowDown' });
    const title = options()[0]!.querySelector('.kgh-result-title')!.textContent;
    fireEvent.keyDown(box(), { key: 'Enter' });
    // The list carried no answer body: opening asks the background for it.
    expect(await screen.findByRole('heading', { name: title! })).toBeTruthy();
    expect(sent).toContain('getAnswer');
    expect(document.querySelector('.kgh-answer-body')!.textContent!.length).toBeGreaterThan(20);
    fireEvent.click(screen.getByRole('button', { name: '← К результатам' }));
    await waitFor(() => expect(document.activeElement).toBe(box()));
  });

  it('preselects nothing for a question it cannot answer, and Enter opens nothing', async () => {
    renderPanel();
    fireEvent.input(box(), { target: { value: 'как открыть депозит' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).not.toBe(''));
    expect(selectedOption()).toBeNull();
    fireEvent.keyDown(box(), { key: 'Enter' });
    expect(sent).not.toContain('getAnswer');
    expect(screen.queryByRole('article')).toBeNull();
  });

  it('clears the text on Esc, and closes only when the box is empty', async () => {
    const onClose = vi.fn();
    render(<SearchPanel lang="ru" onLangChange={() => undefined} onClose={onClose} />);
    fireEvent.input(box(), { target: { value: 'перевод' } });
    fireEvent.keyDown(box(), { key: 'Escape' });
    await waitFor(() => expect((box() as HTMLInputElement).value).toBe(''));
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.keyDown(box(), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('focuses the answer\'s title when it opens, and Esc goes back to the results with the query kept', async () => {
    renderPanel();
    fireEvent.input(box(), { target: { value: 'оплатить kaspi red' } });
    await waitFor(() => expect(selectedOption()).not.toBeNull());
    fireEvent.keyDown(box(), { key: 'Enter' });
    const title = await screen.findByRole('heading', { level: 2, name: /.+/ });
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('article').querySelector('h2')));
    fireEvent.keyDown(title, { key: 'Escape' });
    await waitFor(() => expect(document.activeElement).toBe(box()));
    expect((box() as HTMLInputElement).value).toBe('оплатить kaspi red');
  });

  it('announces a count once, when the user pauses, not after every keystroke', async () => {
    renderPanel();
    const spoken: string[] = [];
    const status = screen.getByRole('status');
    new MutationObserver(() => status.textContent && spoken.push(status.textContent)).observe(status, { childList: true, characterData: true, subtree: true });
    // Each keystroke's reply arrives well within the gap, as it does in the extension.
    for (const typed of ['шт', 'штр', 'штра', 'штраф', 'штраф з', 'штраф за']) {
      fireEvent.input(box(), { target: { value: typed } });
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    await waitFor(() => expect(spoken.length).toBeGreaterThan(0));
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(spoken).toEqual([status.textContent]);
    expect(spoken[0]).toMatch(/\d/);
  });

  it('says a failed search in an alert only, not also as "nothing found" in the status', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (message: { name: string }) => {
      sent.push(message.name);
      return message.name === 'search' ? { error: 'search failed: boom' } : dispatchMessage(handlers, message, { kind: 'extension-page', url: 'chrome-extension://test/popup.html' });
    }) as typeof fakeBrowser.runtime.sendMessage);
    renderPanel();
    fireEvent.input(box(), { target: { value: 'штраф за просрочку' } });
    expect(await screen.findByRole('alert')).toBeTruthy();
    // why it failed goes to the popup's console, where a report can be read from
    expect(console.error).toHaveBeenCalledWith('Kaspi Guide Helper: searching:', expect.objectContaining({ kind: 'failed', message: 'search failed: boom' }));
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('searches nothing and says nothing for a single letter', async () => {
    renderPanel();
    fireEvent.input(box(), { target: { value: 'о' } });
    fireEvent.input(box(), { target: { value: 'о ' } });
    await waitFor(() => expect(sent).toContain('getPopular'));
    expect(sent).not.toContain('search');
    expect(screen.getByRole('status').textContent).toBe('');
    expect(screen.queryByText('Ничего не найдено')).toBeNull();
  });
});
