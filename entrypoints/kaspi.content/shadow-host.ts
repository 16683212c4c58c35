import { logError } from '../../lib/log-error';

/**
 * The panel's place on a kaspi.kz page: an element of ours appended to <body>, its open shadow
 * root holding the panel's stylesheet and the element Preact renders into. Written here instead
 * of using WXT's createShadowRootUi, whose auto-mounting, element waiting and option merging we
 * never use and which added about 8 KB of script to every kaspi.kz page.
 */
export interface ShadowHost {
  /** The element on the page; keys typed in the panel stop here. */
  host: HTMLElement;
  /** Where the panel is rendered. */
  container: HTMLElement;
  remove(): void;
}

/** Nothing of the page's styles is inherited: the host starts from the browser's initial values. */
const HOST_RESET = ':host{all:initial !important;}';

export function mountShadowHost(name: string, css: string): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `${HOST_RESET}\n${css}`;
  const container = document.createElement('div');
  shadow.append(style, container);
  document.body.append(host);
  return { host, container, remove: () => host.remove() };
}

/**
 * The stylesheet WXT builds for this content script (`cssInjectionMode: 'ui'` packages it and
 * makes it readable from kaspi.kz pages only). An extension-internal read, not a network request.
 * If it fails the panel still works, unstyled.
 */
export async function readContentScriptCss(entrypoint: string): Promise<string> {
  // The generated PublicPath type does not list CSS files, hence the widened signature.
  const url = (browser.runtime.getURL as (path: string) => string)(`/content-scripts/${entrypoint}.css`);
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } catch (error) {
    logError(`could not read the panel's stylesheet ${url}`, error);
    return '';
  }
}
