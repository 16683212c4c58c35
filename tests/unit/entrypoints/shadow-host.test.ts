// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountShadowHost, readContentScriptCss } from '../../../entrypoints/kaspi.content/shadow-host';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('mountShadowHost', () => {
  it('appends one host whose open shadow root holds the reset, the stylesheet and the container', () => {
    const ui = mountShadowHost('kgh-test-host', '.kgh-panel{color:red}');
    expect(document.body.lastElementChild).toBe(ui.host);
    const style = ui.host.shadowRoot!.querySelector('style')!;
    expect(style.textContent).toMatch(/^:host\{all:initial !important;\}/);
    expect(style.textContent).toContain('.kgh-panel{color:red}');
    expect(ui.container.getRootNode()).toBe(ui.host.shadowRoot);
    ui.remove();
    expect(document.querySelector('kgh-test-host')).toBeNull();
  });
});

describe('readContentScriptCss', () => {
  it('reads the packaged stylesheet of the entrypoint', async () => {
    const fetchMock = vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('.a{}'));
    await expect(readContentScriptCss('kaspi')).resolves.toBe('.a{}');
    expect(String(fetchMock.mock.calls[0]![0])).toMatch(/\/content-scripts\/kaspi\.css$/);
  });

  it.each([
    ['a failed read', () => Promise.reject(new TypeError('Failed to fetch'))],
    ['a missing file', () => Promise.resolve(new Response('', { status: 404 }))],
  ])('leaves the panel unstyled, and says why, after %s', async (_, reply) => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(reply);
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await expect(readContentScriptCss('kaspi')).resolves.toBe('');
    expect(logged).toHaveBeenCalledOnce();
  });
});
