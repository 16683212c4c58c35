/** The guide writes dates as dd.mm.yyyy. */
const GUIDE_DATE = /^(\d{2})\.(\d{2})\.(\d{4})$/;

export function isGuideDate(value: unknown): value is string {
  return typeof value === 'string' && GUIDE_DATE.test(value);
}

/** A guide date as a comparable number (yyyymmdd); no date or a malformed one is the oldest (0). */
export function guideDateOrder(date: string | null): number {
  const match = date ? GUIDE_DATE.exec(date) : null;
  return match ? Number(`${match[3]}${match[2]}${match[1]}`) : 0;
}
