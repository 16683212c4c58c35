import { parseUrl } from '../kaspi-address';
import createDOMPurify, { type Config } from 'dompurify';
import { LINK_BASE } from './guide-url';

/** What an answer may contain once cleaned. Everything else keeps only its text. */
const ANSWER_TAGS = [
  'p', 'br', 'ul', 'ol', 'li', 'a', 'em', 'i', 'strong', 'b', 'u', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'table', 'thead', 'tbody', 'tr', 'td', 'th',
];
const ANSWER_ATTRS = ['href'];
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);
/** Hidden on the desktop site, so a desktop reader never sees them. */
const NON_DESKTOP_VARIANTS = ['mobileApp_only', 'mobile_only'];

const FINAL_CONFIG: Config = {
  ALLOWED_TAGS: ANSWER_TAGS,
  ALLOWED_ATTR: ANSWER_ATTRS,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:)/i,
  KEEP_CONTENT: true,
};

/** Makes a link absolute on kaspi.kz; returns null for anything but a safe scheme. */
export function absolutizeLink(href: string): string | null {
  const url = parseUrl(href.trim(), LINK_BASE);
  return url && SAFE_SCHEMES.has(url.protocol) ? url.href : null;
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function isBlank(el: Element): boolean {
  return (el.textContent ?? '').replace(/[\s\u00a0]/g, '') === '';
}

/** Keeps the variant a desktop reader sees; falls back to the mobile text if that is all there is. */
function keepDesktopVariant(root: DocumentFragment): void {
  const selector = NON_DESKTOP_VARIANTS.map((c) => `.${c}`).join(',');
  const hidden = Array.from(root.querySelectorAll(selector));
  if (hidden.length === 0) return;
  const hasDesktop = root.querySelector('.desktop_only') !== null;
  const fallbackClass = hidden.some((e) => e.classList.contains('mobile_only')) ? 'mobile_only' : 'mobileApp_only';
  for (const el of hidden) {
    if (!hasDesktop && el.classList.contains(fallbackClass)) continue;
    el.remove();
  }
}

/** Creates the answer cleaner bound to a DOM (the page's window, or jsdom's in Node). */
export function createAnswerSanitizer(window: Window) {
  const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);

  /**
   * Cleans one answer's HTML: one platform variant, absolute safe links, no
   * inline styles, no `<nobr>`, no empty paragraphs, then DOMPurify's allow-list.
   * Expects macros already resolved.
   */
  function sanitizeAnswer(html: string): string {
    // First pass parses hostile input safely into inert nodes; classes survive for the variant step.
    const fragment = purify.sanitize(html, {
      ALLOWED_TAGS: [...ANSWER_TAGS, 'span', 'nobr', 'div'],
      ALLOWED_ATTR: ['href', 'class'],
      RETURN_DOM_FRAGMENT: true,
      KEEP_CONTENT: true,
    }) as DocumentFragment;
    keepDesktopVariant(fragment);
    for (const el of Array.from(fragment.querySelectorAll('span, nobr, div'))) unwrap(el);
    for (const a of Array.from(fragment.querySelectorAll('a'))) {
      const href = a.getAttribute('href');
      const safe = href === null ? null : absolutizeLink(href);
      if (safe) a.setAttribute('href', safe);
      else unwrap(a);
    }
    for (const p of Array.from(fragment.querySelectorAll('p, li'))) if (isBlank(p)) p.remove();
    const container = window.document.createElement('div');
    container.append(fragment);
    return (purify.sanitize(container.innerHTML, FINAL_CONFIG) as string).replace(/\n{2,}/g, "\n").trim();
  }

  // A second instance for display, so its link hook never touches stored HTML.
  const displayPurify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  displayPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A') {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });

  /** Sanitises answer HTML again right before display; links open in a new tab without an opener. */
  function sanitizeForDisplay(html: string): string {
    return displayPurify.sanitize(html, FINAL_CONFIG) as string;
  }

  /** The same, as DOM nodes to append: answer HTML never passes through an innerHTML assignment of ours. */
  function sanitizeToFragment(html: string): DocumentFragment {
    return displayPurify.sanitize(html, { ...FINAL_CONFIG, RETURN_DOM_FRAGMENT: true }) as DocumentFragment;
  }

  return { sanitizeAnswer, sanitizeForDisplay, sanitizeToFragment };
}
