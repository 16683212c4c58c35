import { LOCALE_SEGMENT } from './page-language';
import { isKaspiAddress, parseUrl } from './kaspi-address';
import type { GuideLang, GuideSection } from './guide/types';

/** What a kaspi.kz page is about, as guide search words in both languages. */
export interface PageTopic {
  id: string;
  section: GuideSection;
  query: Record<GuideLang, string>;
}

interface TopicRule extends PageTopic {
  /** Host names (without "www.") this topic covers; any kaspi.kz host when absent. */
  hosts?: string[];
  /** Path prefixes (after an optional /ru or /kz locale segment). */
  paths: string[];
}

/**
 * kaspi.kz addresses and the guide topics they raise. Order matters: the first
 * rule that matches wins, so specific paths come before general ones. Paths
 * are those of kaspi.kz's own sections (shop, bank products, payments, maps,
 * the merchants' pages); the words are the guide's own for those topics.
 */
const TOPIC_RULES: TopicRule[] = [
  { id: 'red', section: 'client', paths: ['/red', '/kaspired', '/bank/red'], query: { ru: 'kaspi red счет оплата', kz: 'kaspi red шот толеу' } },
  { id: 'gold', section: 'client', paths: ['/gold', '/bank/gold', '/bank/card'], query: { ru: 'kaspi gold карта', kz: 'kaspi gold карта' } },
  { id: 'bonus', section: 'client', paths: ['/bonus', '/bank/bonus'], query: { ru: 'бонус', kz: 'бонус' } },
  { id: 'deposit', section: 'client', paths: ['/deposit', '/bank/deposit'], query: { ru: 'депозит', kz: 'депозит' } },
  { id: 'credit', section: 'client', paths: ['/credit', '/bank/credit', '/loans'], query: { ru: 'кредит платеж', kz: 'кредит толем' } },
  { id: 'transfers', section: 'client', paths: ['/transfers', '/bank/transfers'], query: { ru: 'перевод', kz: 'аударым' } },
  { id: 'payments', section: 'client', paths: ['/payments', '/pay/', '/bank/payments'], query: { ru: 'оплата платеж', kz: 'толем толеу' } },
  { id: 'terminals', section: 'client', paths: ['/maps/terminals'], query: { ru: 'kaspi терминал', kz: 'kaspi терминал' } },
  { id: 'atms', section: 'client', paths: ['/maps/atms'], query: { ru: 'kaspi банкомат', kz: 'kaspi банкомат' } },
  { id: 'travel', section: 'client', paths: ['/travel'], query: { ru: 'travel билет', kz: 'travel билет' } },
  { id: 'shop', section: 'client', paths: ['/shop'], query: { ru: 'магазин товар покупка бонус', kz: 'магазин тауар сатып бонус' } },
  { id: 'merchant', section: 'partner', hosts: ['kaspi.kz'], paths: ['/merchantcabinet', '/business', '/partners', '/mc/'], query: { ru: 'kaspi касса чек продажа', kz: 'kaspi касса чек сауда' } },
  { id: 'merchant', section: 'partner', hosts: ['mc.kaspi.kz', 'pay.kaspi.kz', 'business.kaspi.kz'], paths: ['/'], query: { ru: 'kaspi pay касса чек', kz: 'kaspi pay касса чек' } },
];

/** True when `path` is `prefix` or lies below it ("/shop/p/x" is under "/shop", "/shopping" is not). */
function isUnder(path: string, prefix: string): boolean {
  const base = prefix.replace(/\/$/, '');
  return path === base || path.startsWith(`${base}/`);
}

/** The guide topic of a kaspi.kz address, or null for other sites and unknown pages. */
export function topicForUrl(address: string): PageTopic | null {
  const url = parseUrl(address);
  if (!url || !isKaspiAddress(url)) return null;
  const host = url.hostname.replace(/^www\./, '');
  const path = url.pathname.toLowerCase().replace(LOCALE_SEGMENT, '') || '/';
  const rule = TOPIC_RULES.find((r) => (!r.hosts || r.hosts.includes(host)) && r.paths.some((p) => isUnder(path, p)));
  if (!rule) return null;
  const { id, section, query } = rule;
  return { id, section, query };
}
