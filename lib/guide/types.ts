/** Language of a guide page: the site's own path segment (`/ru/`, `/kz/`). */
export type GuideLang = 'ru' | 'kz';
/** Client help or the merchants' (partner) help. */
export type GuideSection = 'client' | 'partner';

/** One answer of the guide, cleaned and ready to index and show. */
export interface GuideQuestion {
  /** Primary id: the one named by the canonical address when it is among `ids`. */
  id: number;
  /** Every question id that shares this canonical address (one answer, several ids). */
  ids: number[];
  lang: GuideLang;
  section: GuideSection;
  title: string;
  /** Sanitised HTML (allow-listed tags only, absolute links). */
  html: string;
  /** Plain text of `html`, for indexing and snippets. */
  text: string;
  /** `dd.mm.yyyy` as the guide shows it, or null when the capture lost it. */
  updated: string | null;
  /** ISO date, or null when the capture lost it. */
  published: string | null;
  /** Share of readers who found the answer useful (0..1), or null. */
  usefulness: number | null;
  /** True/false when known; null when the capture lost the value. */
  pinned: boolean | null;
  /** Path of the question's main page, e.g. `/red/monthly_payment/bill/q1517`. */
  canonical: string;
  /** Public guide address built from section, lang and canonical. */
  url: string;
  sourceFile: string;
}

/** A question the capture shows only in part: reported, never invented. */
export interface PartialQuestion {
  sourceFile: string;
  id: number | null;
  canonical: string | null;
  /** Names of the fields that could not be resolved. */
  missing: string[];
}

/** What decoding one capture produced. */
export interface CaptureReport {
  file: string;
  questions: GuideQuestion[];
  partial: PartialQuestion[];
  /** Set when nothing could be decoded; a short human reason with a position. */
  error: string | null;
  /** Non-fatal remarks (e.g. disagreeing alignment evidence). */
  warnings: string[];
}

/** Where a capture came from, when the capture itself does not say. */
export interface CaptureSource {
  section?: GuideSection;
  lang?: GuideLang;
  origin?: string;
  page?: string;
}
