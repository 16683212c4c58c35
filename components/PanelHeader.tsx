import type { GuideLang } from '../lib/guide/types';
import type { UiStrings } from './strings';

/** The brand, the language switch, and the settings and close buttons when the host offers them. */
export function PanelHeader({ t, lang, onLangChange, onClose, isSettingsOpen, onToggleSettings }: {
  t: UiStrings; lang: GuideLang; onLangChange: (lang: GuideLang) => void; onClose?: () => void;
  isSettingsOpen: boolean; onToggleSettings?: () => void;
}) {
  return (
    // A div, not <header>: inside kaspi.kz a header would add a second banner landmark to the bank's page.
    <div class="kgh-header">
      <span class="kgh-brand">Kaspi Гид</span>
      <label class="kgh-lang">
        <span class="kgh-visually-hidden">{t.language}</span>
        <select value={lang} onChange={(e) => onLangChange((e.currentTarget as HTMLSelectElement).value as GuideLang)}>
          <option value="ru">Рус</option>
          <option value="kz">Қаз</option>
        </select>
      </label>
      {onToggleSettings && (
        <button type="button" class="kgh-close" aria-label={t.settings} aria-pressed={isSettingsOpen} onClick={onToggleSettings}>⚙</button>
      )}
      {onClose && <button type="button" class="kgh-close" aria-label={t.close} onClick={onClose}>×</button>}
    </div>
  );
}
