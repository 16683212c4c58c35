import { useRef, useState } from 'preact/hooks';
import type { AnswerSummary } from '../lib/listed-answers';
import { logError } from '../lib/log-error';
import { sendMessage } from '../lib/message-transport';
import type { StoredAnswer } from '../lib/search/answer-store';

/** The answer on screen: lists carry summaries, so opening one asks the background for its body. */
export function useOpenAnswer() {
  const [answer, setAnswer] = useState<StoredAnswer | null>(null);
  const [failed, setFailed] = useState(false);
  // Only the latest request counts when the user opens another answer before the first arrives.
  const latest = useRef(0);
  const open = (summary: AnswerSummary) => {
    const request = ++latest.current;
    setFailed(false);
    sendMessage('getAnswer', { id: summary.id })
      .then((found) => {
        if (request !== latest.current) return;
        if (found) setAnswer(found);
        else setFailed(true);
      })
      .catch((e: unknown) => {
        if (request === latest.current) setFailed(true);
        logError('opening an answer', e);
      });
  };
  const close = () => {
    latest.current++;
    setAnswer(null);
  };
  return { answer, failed, open, close };
}
