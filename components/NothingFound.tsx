import { GUIDE_ORIGIN } from '../lib/kaspi-address';
import type { UiStrings } from './strings';

const GUIDE_HOME = `${GUIDE_ORIGIN}/`;

export function NothingFound({ t, suggestion, onSuggestion }: {
  t: UiStrings; suggestion: string | null; onSuggestion: (q: string) => void;
}) {
  return (
    <div class="kgh-nothing">
      <p>{t.nothingFound}</p>
      {suggestion && (
        <p>{t.didYouMean}: <button type="button" class="kgh-link-button" onClick={() => onSuggestion(suggestion)}>{suggestion}</button></p>
      )}
      <a href={GUIDE_HOME} target="_blank" rel="noopener noreferrer">{t.openGuideSite}</a>
    </div>
  );
}
