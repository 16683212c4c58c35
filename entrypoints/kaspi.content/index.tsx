import { render } from 'preact';
import '../../components/panel.css';
import './launcher.css';
import { OnPageHelp, type OnPageHelpProps } from '../../components/OnPageHelp';
import { validatePanelRequest } from '../../lib/panel-request';
import { mountShadowHost, readContentScriptCss } from './shadow-host';

export default defineContentScript({
  matches: ['https://kaspi.kz/*', 'https://*.kaspi.kz/*'],
  // The guide is already open there.
  excludeMatches: ['https://guide.kaspi.kz/*'],
  cssInjectionMode: 'ui',
  async main(ctx) {
    // The page's address is all we read from the page.
    let props: OnPageHelpProps = { pageUrl: location.href, request: null };
    const css = await readContentScriptCss('kaspi');
    if (ctx.isInvalid) return;
    const ui = mountShadowHost('kaspi-guide-helper', css);
    const update = (next: Partial<OnPageHelpProps>) => {
      props = { ...props, ...next };
      render(<OnPageHelp {...props} />, ui.container);
    };
    update({});
    ctx.onInvalidated(() => {
      render(null, ui.container);
      ui.remove();
    });
    // Keys typed in the panel stop at our host: kaspi.kz's own shortcuts must never see them.
    for (const type of ['keydown', 'keyup', 'keypress'] as const) {
      ui.host.addEventListener(type, (e) => e.stopPropagation());
    }

    // kaspi.kz is a single-page app: WXT reports address changes made through the history API.
    ctx.addEventListener(window, 'wxt:locationchange', ({ newUrl }) => update({ pageUrl: newUrl.href }));

    let seq = 0;
    const onRequest = (message: unknown) => {
      const request = validatePanelRequest(message);
      if (request) update({ request: { seq: ++seq, value: request } });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onRequest);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onRequest));
  },
});
