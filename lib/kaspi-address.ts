/** The guide's host and origin: the one place they are spelled. */
const GUIDE_HOST = 'guide.kaspi.kz';
export const GUIDE_ORIGIN = `https://${GUIDE_HOST}`;

/** An address (relative to `base` when given) as a URL, or null when it is not one. */
export function parseUrl(address: string, base?: string): URL | null {
  try {
    return new URL(address, base);
  } catch {
    return null;
  }
}

/** True for an https address on kaspi.kz or one of its subdomains (look-alike hosts excluded). */
export function isKaspiAddress(url: URL): boolean {
  const host = url.hostname;
  return url.protocol === 'https:' && (host === 'kaspi.kz' || host.endsWith('.kaspi.kz'));
}

/** True for an https address on the guide itself. */
export function isGuideAddress(url: URL): boolean {
  return url.protocol === 'https:' && url.hostname === GUIDE_HOST;
}
