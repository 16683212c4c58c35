import type { PageEvent } from './crawl-guide';

/** Progress on a terminal: one line redrawn (pages done/queued, questions, rate, ETA); plain lines otherwise. */
export function createProgress(stream: NodeJS.WriteStream, delayMs: number) {
  const started = Date.now();
  let questions = 0;
  const isTerminal = stream.isTTY === true;
  return {
    page(event: PageEvent) {
      questions += event.outcome === 'read' || event.outcome === 'unchanged' ? event.questions : 0;
      if (!isTerminal) {
        stream.write(`${event.done}/${event.queued} ${event.outcome}${event.questions ? ` (${event.questions} questions)` : ''} ${event.url}${event.note ? ` — ${event.note}` : ''}\n`);
        return;
      }
      const seconds = (Date.now() - started) / 1000;
      const rate = event.done / Math.max(seconds, 0.001);
      const left = Math.max(0, event.queued - event.done);
      const eta = Math.round(left * Math.max(1 / Math.max(rate, 1e-9), delayMs / 1000));
      const width = 24;
      const filled = Math.round((width * event.done) / Math.max(event.queued, 1));
      const bar = `${'#'.repeat(filled)}${'.'.repeat(width - filled)}`;
      stream.write(`\r[${bar}] ${event.done}/${event.queued} pages · ${questions} questions · ${rate.toFixed(1)}/s · ETA ${eta}s `);
    },
    retry(url: string, reason: string, waitMs: number) {
      stream.write(`${isTerminal ? '\n' : ''}retry in ${Math.round(waitMs / 100) / 10}s: ${reason} ${url}\n`);
    },
    end() {
      if (isTerminal) stream.write('\n');
    },
  };
}
