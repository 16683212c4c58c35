import { useLayoutEffect, useRef } from 'preact/hooks';
import type { StoredAnswer } from '../lib/search/answer-store';
import { createAnswerSanitizer } from '../lib/guide/sanitize-answer';
import type { UiStrings } from './strings';

let sanitizer: ReturnType<typeof createAnswerSanitizer> | null = null;
/** Answer HTML passes DOMPurify again right before it reaches the screen, as nodes (no innerHTML). */
function sanitizeToFragment(html: string): DocumentFragment {
  sanitizer ??= createAnswerSanitizer(window);
  return sanitizer.sanitizeToFragment(html);
}

export function AnswerView({ answer, t, onBack }: { answer: StoredAnswer; t: UiStrings; onBack: () => void }) {
  const body = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useLayoutEffect(() => {
    body.current?.replaceChildren(sanitizeToFragment(answer.html));
  }, [answer.html]);
  // A screen reader starts reading at the answer's title; focus never falls to the page's body.
  useLayoutEffect(() => heading.current?.focus(), [answer.id]);
  return (
    <article class="kgh-answer" aria-labelledby="kgh-answer-title">
      <button type="button" class="kgh-back" onClick={onBack}>{t.back}</button>
      <h2 id="kgh-answer-title" class="kgh-answer-title" tabIndex={-1} ref={heading}>{answer.title}</h2>
      <div class="kgh-answer-body" ref={body} />
      <p class="kgh-answer-meta">
        {answer.updated && <span>{t.updated} {answer.updated}</span>}
        {answer.usefulness !== null && <span>{t.useful(Math.round(answer.usefulness * 100))}</span>}
      </p>
      <a class="kgh-guide-link" href={answer.url} target="_blank" rel="noopener noreferrer">{t.openInGuide}</a>
    </article>
  );
}
