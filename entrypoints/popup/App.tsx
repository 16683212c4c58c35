import { SearchPanel } from '../../components/SearchPanel';
import { SettingsView } from '../../components/SettingsView';
import { useUiLanguage } from '../../components/useUiLanguage';

/** The toolbar popup; `?q=` opens it with a query (the selection menu uses it). */
export function App() {
  const [lang, setLang] = useUiLanguage();
  const initialQuery = new URLSearchParams(location.search).get('q') ?? '';
  return <SearchPanel lang={lang} onLangChange={setLang} initialQuery={initialQuery} onClose={() => window.close()} renderSettings={(t, onDone) => <SettingsView t={t} lang={lang} onDone={onDone} />} />;
}
