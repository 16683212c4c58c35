/** A question as a guide page's payload holds it (values, before flattening). */
export interface PayloadQuestion {
  id: number;
  title: string;
  content: string;
  canonical: string;
  updatedDate?: string;
  usefulness?: number;
  publication_date?: string;
}

/**
 * Flattens questions into a whole `__NUXT_DATA__` array as devalue does:
 * objects hold the indices of their values; the locale sits in a config
 * object. Used to make test captures (hostile content, large guides).
 */
export function buildGuidePayload(questions: PayloadQuestion[], locale: 'ru-RU' | 'kk-KZ'): string {
  const values: unknown[] = [];
  const push = (v: unknown) => values.push(v) - 1;
  const root = push(null);
  const refs = questions.map((q) => {
    const obj = push(null);
    values[obj] = Object.fromEntries(Object.entries(q).map(([key, value]) => [key, push(value)]));
    return obj;
  });
  const localeRef = push(locale);
  values[root] = { questions: push(refs), config: push({ currentLocale: localeRef }) };
  return JSON.stringify(values);
}
