import type { AnswerSummary } from '../lib/listed-answers';
import type { GuideLang, GuideSection } from '../lib/guide/types';
import { buildGuideSectionUrl } from '../lib/guide/guide-url';
import type { UiStrings } from './strings';

export function EmptyState({ popular, popularTitle, recent, t, lang, noneFor, onOpen, onRecent, onClearRecent }: {
  popular: AnswerSummary[]; popularTitle: string; recent: string[]; t: UiStrings; lang: GuideLang;
  /** The page's guide section when the data has no answer about the page: said so, with a link. */
  noneFor: GuideSection | null;
  onOpen: (a: AnswerSummary) => void; onRecent: (q: string) => void; onClearRecent: () => void;
}) {
  return (
    <div class="kgh-empty">
      {recent.length > 0 && (
        <section aria-label={t.recent}>
          <div class="kgh-heading">
            <h2 class="kgh-heading-text">{t.recent}</h2>
            <button type="button" class="kgh-link-button" onClick={onClearRecent}>{t.clearRecent}</button>
          </div>
          <ul class="kgh-recent">
            {recent.map((q) => (
              <li key={q}><button type="button" class="kgh-chip" onClick={() => onRecent(q)}>{q}</button></li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={popularTitle}>
        <h2 class="kgh-heading">{popularTitle}</h2>
        {noneFor && (
          <p class="kgh-nothing">
            {t.noPageQuestions}{' '}
            <a href={buildGuideSectionUrl(noneFor, lang)} target="_blank" rel="noopener noreferrer">{t.openGuideSection}</a>
          </p>
        )}
        <ul class="kgh-popular">
          {popular.map((a) => (
            <li key={a.id}>
              <button type="button" class="kgh-popular-item" onClick={() => onOpen(a)}>
                {a.title}
                {a.lang !== lang && <span class="kgh-result-meta"> ({t.answerLang[a.lang]})</span>}
              </button>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
