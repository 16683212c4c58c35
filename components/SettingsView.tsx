import { useEffect, useState } from 'preact/hooks';
import { recentSearches } from './recent-searches';
import { hideLauncher } from './settings';
import type { UiStrings } from './strings';

export function SettingsView({ t, onDone }: { t: UiStrings; onDone: () => void }) {
  const [isHidden, setHidden] = useState(false);
  const [cleared, setCleared] = useState(false);
  useEffect(() => {
    hideLauncher.getValue().then(setHidden).catch(() => undefined);
  }, []);
  return (
    <section class="kgh-settings" aria-label={t.settings}>
      <h2 class="kgh-answer-title">{t.settings}</h2>
      <label class="kgh-setting">
        <input type="checkbox" checked={isHidden}
          onChange={(e) => { const v = (e.currentTarget as HTMLInputElement).checked; setHidden(v); void hideLauncher.setValue(v); }} />
        {t.hideLauncher}
      </label>
      <p class="kgh-answer-meta">{t.shortcutHint}</p>
      <button type="button" class="kgh-back" disabled={cleared}
        onClick={() => { void recentSearches.setValue([]); setCleared(true); }}>{t.clearHistory}</button>
      <p><button type="button" class="kgh-back" onClick={onDone}>{t.done}</button></p>
    </section>
  );
}
