import { useEffect, useState } from 'preact/hooks';
import type { GuideLang, GuideSection } from '../lib/guide/types';
import type { AnswerSummary } from '../lib/listed-answers';
import { logError } from '../lib/log-error';
import { sendMessage } from '../lib/message-transport';

export interface Popular {
  answers: AnswerSummary[];
  /** The answers are about the page the panel is on (else the popular ones). */
  isPageTopic: boolean;
  /** The page topic's guide section, for a link when the data has no answer about it. */
  section: GuideSection | null;
}

/** What to show before the user types: questions about the kaspi.kz page, or the popular ones. */
export function usePopular(lang: GuideLang, contextUrl: string | undefined): Popular {
  const [popular, setPopular] = useState<Popular>({ answers: [], isPageTopic: false, section: null });
  useEffect(() => {
    let current = true;
    const suggestions = contextUrl
      ? sendMessage('getPageSuggestions', { url: contextUrl, lang, limit: 6 })
      : sendMessage('getPopular', { lang, limit: 6 }).then((answers) => ({ topic: null, section: null, answers }));
    suggestions
      .then((r) => current && setPopular({ answers: r.answers, isPageTopic: r.topic !== null, section: r.section }))
      .catch((e: unknown) => {
        if (current) setPopular({ answers: [], isPageTopic: false, section: null });
        logError('reading popular questions', e);
      });
    return () => {
      current = false;
    };
  }, [lang, contextUrl]);
  return popular;
}
