import { logError } from '../lib/log-error';
import { useEffect, useState } from 'preact/hooks';
import type { GuideLang } from '../lib/guide/types';
import { MAX_LEARNED_QUESTIONS } from '../lib/learned/learn-limits';
import { sendMessage } from '../lib/message-transport';
import { recentSearches } from '../lib/storage/recent-searches';
import { hideLauncher, learnFromGuide } from '../lib/storage/settings';
import { SETTINGS_STRINGS } from './settings-strings';
import type { UiStrings } from './strings';

export function SettingsView({ t: ui, lang, onDone }: { t: UiStrings; lang: GuideLang; onDone: () => void }) {
  const t = { ...ui, ...SETTINGS_STRINGS[lang] };
  const [isHidden, setHidden] = useState(false);
  const [isLearning, setLearning] = useState(true);
  const [cleared, setCleared] = useState(false);
  const [stats, setStats] = useState<{ answers: number; learned: number } | null>(null);
  const [failed, setFailed] = useState(false);
  const refreshStats = () =>
    sendMessage('getStats', {}).then(setStats).catch((e: unknown) => {
      setStats(null);
      logError('reading what the extension knows', e);
    });
  /** Runs a change; a failure is said on screen (and logged), never swallowed. */
  const change = (what: string, action: () => Promise<unknown>) => {
    setFailed(false);
    action().catch((e: unknown) => {
      setFailed(true);
      logError(what, e);
    });
  };
  useEffect(() => {
    hideLauncher.getValue().then(setHidden).catch((e: unknown) => logError('reading the launcher setting', e));
    learnFromGuide.getValue().then(setLearning).catch((e: unknown) => logError('reading the learning setting', e));
    void refreshStats();
  }, []);
  const checkbox = (checked: boolean, onChange: (v: boolean) => void) => (
    <input type="checkbox" checked={checked} onChange={(e) => onChange((e.currentTarget as HTMLInputElement).checked)} />
  );
  return (
    <section class="kgh-settings" aria-label={t.settings}>
      <h2 class="kgh-answer-title">{t.settings}</h2>
      <label class="kgh-setting">
        {checkbox(isHidden, (v) => { setHidden(v); change('saving the launcher setting', () => hideLauncher.setValue(v)); })}
        {t.hideLauncher}
      </label>
      <p class="kgh-answer-meta">{t.shortcutHint}</p>
      <button type="button" class="kgh-back" disabled={cleared}
        onClick={() => { setCleared(true); change('clearing recent searches', () => recentSearches.setValue([])); }}>{t.clearHistory}</button>
      <label class="kgh-setting">
        {checkbox(isLearning, (v) => { setLearning(v); change('saving the learning setting', () => learnFromGuide.setValue(v)); })}
        {t.learnFromGuide}
      </label>
      <p class="kgh-answer-meta">{t.learnedLimit(MAX_LEARNED_QUESTIONS)}</p>
      <p class="kgh-answer-meta">{t.navigationRequest}</p>
      {stats && <p class="kgh-answer-meta" data-testid="known-questions">{t.knownQuestions(stats.answers, stats.learned)}</p>}
      <button type="button" class="kgh-back" disabled={stats?.learned === 0}
        onClick={() => change('forgetting learned questions', () => sendMessage('forgetLearned', {}).then(refreshStats))}>{t.forgetLearned}</button>
      {failed && <p class="kgh-error" role="alert">{t.actionFailed}</p>}
      <p class="kgh-answer-meta">{t.unofficial}</p>
      <p><button type="button" class="kgh-back" onClick={onDone}>{t.done}</button></p>
    </section>
  );
}
