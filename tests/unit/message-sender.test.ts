import { describe, expect, it } from 'vitest';
import { classifySender } from '../../lib/message-sender';

describe('senders', () => {
  const origin = 'chrome-extension://abc/';
  it.each([
    [{ url: 'chrome-extension://abc/popup.html' }, 'extension-page'],
    [{ url: 'chrome-extension://abc/popup.html', tab: {} }, 'extension-page'],
    [{ url: 'https://kaspi.kz/shop', tab: {} }, 'kaspi-page'],
    [{ url: 'https://mc.kaspi.kz/', tab: {} }, 'kaspi-page'],
    [{ url: 'https://guide.kaspi.kz/client/ru/red/q1', tab: {} }, 'guide-page'],
    [{ url: 'http://guide.kaspi.kz/client/ru/red/q1', tab: {} }, 'other'],
    [{ url: 'https://kaspi.kz.evil.com/', tab: {} }, 'other'],
    [{ url: 'chrome-extension://other/popup.html' }, 'other'],
    [{}, 'other'],
  ])('should classify %o as %s', (sender, kind) => {
    expect(classifySender(sender, origin).kind).toBe(kind);
  });
});
