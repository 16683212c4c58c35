import { decodeCapture } from './decode-capture';
import { extractNuxtData, sectionOfSavedPage } from './extract-nuxt-data';
import { buildGuideUrl } from './guide-url';
import { htmlToText } from './html-to-text';
import { mergeByCanonical } from './merge-by-canonical';
import { resolveMacros } from './resolve-macros';
import type { CaptureReport, CaptureSource, GuideQuestion } from './types';

export interface CaptureFile {
  name: string;
  text: string;
}

export interface IngestResult {
  /** Complete questions, merged by canonical address. */
  questions: GuideQuestion[];
  reports: CaptureReport[];
}

type Sanitize = (html: string) => string;

/** Decodes a UTF-8 file, or explains why it is not text we can read. */
export function decodeCaptureBytes(bytes: Uint8Array): { text: string } | { error: string } {
  if (bytes.includes(0)) return { error: `binary data (NUL byte at ${bytes.indexOf(0)})` };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { error: 'not UTF-8 text (a legacy encoding such as cp1251?)' };
  }
}

/**
 * Decodes one capture — a payload tail, a whole payload, or a page saved from
 * the browser (its `__NUXT_DATA__` element) — and cleans its questions. Never throws.
 */
export function ingestCapture(file: CaptureFile, fileSource: CaptureSource, sanitize: Sanitize): CaptureReport {
  const report: CaptureReport = { file: file.name, questions: [], partial: [], error: null, warnings: [] };
  const payload = extractNuxtData(file.text);
  const isSavedPage = /^\s*<(!doctype|html)/i.test(file.text);
  if (isSavedPage && payload === null) return { ...report, error: 'HTML page without a __NUXT_DATA__ element' };
  const source = { ...fileSource, section: fileSource.section ?? (isSavedPage ? sectionOfSavedPage(file.text) ?? undefined : undefined) };
  let decoded;
  try {
    decoded = decodeCapture(payload ?? file.text);
  } catch (e) {
    return { ...report, error: `decoder failed: ${(e as Error).message}` };
  }
  report.warnings.push(...decoded.warnings);
  report.error = decoded.error;
  report.partial = decoded.partial.map((p) => ({ ...p, sourceFile: file.name }));
  const lang = decoded.lang ?? source.lang ?? null;
  if (decoded.lang && source.lang && decoded.lang !== source.lang) {
    report.warnings.push(`payload says ${decoded.lang}, sources say ${source.lang}: using the payload`);
  }
  const section = source.section ?? 'client';
  if (!source.section) report.warnings.push('no section known for this file: assuming client');
  if (!lang) {
    if (decoded.questions.length > 0) report.error = 'language unknown: the capture names no locale and sources.json has no entry';
    return report;
  }
  for (const raw of decoded.questions) {
    const html = sanitize(resolveMacros(raw.content));
    report.questions.push({
      id: raw.id,
      ids: [raw.id],
      lang,
      section,
      title: resolveMacros(raw.title).replace(/\s+/g, ' ').trim(),
      html,
      text: htmlToText(html),
      updated: raw.updated,
      published: raw.published,
      usefulness: raw.usefulness,
      pinned: raw.pinned,
      canonical: raw.canonical,
      url: buildGuideUrl(section, lang, raw.canonical),
      sourceFile: file.name,
    });
  }
  return report;
}

/** Ingests every capture; the questions of all files are merged by canonical address. */
export function ingestCaptures(
  files: CaptureFile[],
  sources: Record<string, CaptureSource>,
  sanitize: Sanitize,
): IngestResult {
  const reports = files.map((f) => ingestCapture(f, sources[f.name] ?? {}, sanitize));
  return { reports, questions: mergeByCanonical(reports.flatMap((r) => r.questions)) };
}
