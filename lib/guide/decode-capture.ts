import { isGuideDate } from './guide-date';
import { alignIndices, isQuestionObject } from './align-indices';
import { readPayload } from './read-payload';
import type { GuideLang, PartialQuestion } from './types';

/** A question as the payload holds it: raw HTML, nothing cleaned yet. */
interface RawQuestion {
  id: number;
  title: string;
  content: string;
  canonical: string;
  updated: string | null;
  published: string | null;
  usefulness: number | null;
  pinned: boolean | null;
}

export interface DecodedCapture {
  questions: RawQuestion[];
  partial: Omit<PartialQuestion, 'sourceFile'>[];
  /** Locale named by the payload itself, when its end survived. */
  lang: GuideLang | null;
  /** Page route (`/ru/red/…`), when its end survived. */
  route: string | null;
  error: string | null;
  warnings: string[];
}

const MISSING = Symbol('missing');
type Resolved = unknown | typeof MISSING;

const CANONICAL = /^\/[\w\-./]*\/q\d+$/;
/** A page route carries the locale; a canonical address never does. */
const ROUTE = /^\/(ru|kz)\//;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T[\d:.]+)?/;

/** Field checks: a resolved value of the wrong type counts as missing. */
const FIELD_CHECKS = {
  id: (v: unknown) => Number.isInteger(v) && (v as number) > 0,
  title: (v: unknown) => typeof v === 'string' && v.trim() !== '',
  content: (v: unknown) => typeof v === 'string',
  canonical: (v: unknown) => typeof v === 'string' && CANONICAL.test(v),
  updatedDate: isGuideDate,
  usefulness: (v: unknown) => typeof v === 'number' && v >= 0 && v <= 1,
  publication_date: (v: unknown) => typeof v === 'string' && ISO_DATE.test(v),
  pinned: (v: unknown) => typeof v === 'boolean',
} as const;
type Field = keyof typeof FIELD_CHECKS;
const REQUIRED: Field[] = ['id', 'title', 'content', 'canonical'];

function localeToLang(locale: unknown): GuideLang | null {
  if (locale === 'ru-RU') return 'ru';
  if (locale === 'kk-KZ') return 'kz';
  return null;
}

/**
 * Decodes one capture of a guide page's `__NUXT_DATA__` array: a whole payload,
 * a tail (aligned by its wrapper markers) or a piece cut at both ends (aligned
 * only where a question object is followed by its own values). Never throws;
 * a capture that proves nothing comes back with `error` set.
 */
export function decodeCapture(text: string): DecodedCapture {
  const result: DecodedCapture = { questions: [], partial: [], lang: null, route: null, error: null, warnings: [] };
  if (text.trim() === '') return { ...result, error: 'empty file' };
  const payload = readPayload(text);
  if (!payload) return { ...result, error: 'no JSON array values found (not a guide payload capture)' };
  const { values } = payload.run;
  const alignment = payload.isWhole ? { offset: 0, markers: 0, provenObjects: 0 } : alignIndices(values);
  if (!alignment) {
    const objects = values.filter(isQuestionObject).length;
    return {
      ...result,
      error: `cannot align indices at offset ${payload.firstValueAt}: no wrapper marker and none of ${objects} question objects is followed by its own values`,
    };
  }
  const { offset } = alignment;
  const resolve = (ref: unknown): Resolved => {
    if (!Number.isInteger(ref)) return MISSING;
    const at = (ref as number) - offset;
    return at >= 0 && at < values.length ? values[at] : MISSING;
  };

  const ownedCanonicals = new Set<number>();
  for (const obj of values.filter(isQuestionObject)) {
    const fields = {} as Record<Field, unknown>;
    const missing: string[] = [];
    for (const field of Object.keys(FIELD_CHECKS) as Field[]) {
      const value = resolve(obj[field]);
      if (value !== MISSING && FIELD_CHECKS[field](value)) fields[field] = value;
      else missing.push(field);
    }
    if (Number.isInteger(obj.canonical)) ownedCanonicals.add(obj.canonical!);
    if (REQUIRED.some((f) => missing.includes(f))) {
      result.partial.push({
        id: (fields.id as number | undefined) ?? null,
        canonical: (fields.canonical as string | undefined) ?? null,
        missing,
      });
      continue;
    }
    result.questions.push({
      id: fields.id as number,
      title: (fields.title as string).trim(),
      content: fields.content as string,
      canonical: fields.canonical as string,
      updated: (fields.updatedDate as string | undefined) ?? null,
      published: (fields.publication_date as string | undefined) ?? null,
      usefulness: (fields.usefulness as number | undefined) ?? null,
      pinned: (fields.pinned as boolean | undefined) ?? null,
    });
  }

  // A canonical address whose question object lies in the lost part of the payload.
  values.forEach((v, pos) => {
    if (typeof v === 'string' && CANONICAL.test(v) && !ROUTE.test(v) && !ownedCanonicals.has(pos + offset)) {
      result.partial.push({ id: null, canonical: v, missing: ['id', 'title', 'object (in the lost part of the capture)'] });
    }
  });

  for (const v of values) {
    if (v && typeof v === 'object' && !Array.isArray(v) && 'currentLocale' in v) {
      const lang = localeToLang(resolve((v as Record<string, unknown>).currentLocale));
      if (lang) result.lang ??= lang;
    }
  }
  const last = values[values.length - 1];
  if (payload.run.closed && typeof last === 'string' && ROUTE.test(last)) result.route = last;
  if (payload.run.cutAtEnd) result.warnings.push('capture ends inside a value; the cut value was dropped');
  if (result.questions.length === 0 && result.partial.length === 0) result.error = 'no question objects in the capture';
  return result;
}
