import type { ComponentChildren } from 'preact';
import type { GuideLang, GuideSection } from '../lib/guide/types';
import { buildGuideSectionUrl } from '../lib/guide/guide-url';
import type { UiStrings } from './strings';

/**
 * Said plainly when the engine declines: the data here has no exact answer;
 * a link to the guide (in the UI language, in the page's section when known);
 * the nearest matches below, marked as possibly related.
 */
export function NoConfidentAnswer({ t, lang, section, children }: {
  t: UiStrings; lang: GuideLang; section: GuideSection | null; children: ComponentChildren;
}) {
  return (
    <div class="kgh-declined">
      <p class="kgh-declined-note">{t.noConfidentAnswer}</p>
      <p><a href={buildGuideSectionUrl(section ?? 'client', lang)} target="_blank" rel="noopener noreferrer">{t.openGuideSite}</a></p>
      <h2 class="kgh-heading" id="kgh-related-heading">{t.possiblyRelated}</h2>
      {children}
    </div>
  );
}
