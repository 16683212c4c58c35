import { htmlToText } from '../guide/html-to-text';
import { buildGuideUrl } from '../guide/guide-url';
import type { CaptureReport, GuideQuestion } from '../guide/types';
import { problemWithQuestion } from '../learned/validate-learned';
import type { CrawledQuestion } from './crawl/crawl-output';

/**
 * Questions of a crawl's output (`npm run crawl`, one JSON question per
 * line). Each is checked like a learned question and sanitised again: the
 * file may have been edited by hand. Bad lines are reported, never fatal.
 */
export function readCrawlOutput(name: string, text: string, sanitize: (html: string) => string): CaptureReport {
  const report: CaptureReport = { file: name, questions: [], partial: [], error: null, warnings: [] };
  text.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let q: CrawledQuestion;
    try {
      q = JSON.parse(line) as CrawledQuestion;
    } catch {
      report.warnings.push(`line ${i + 1}: not JSON`);
      return;
    }
    const problem = problemWithQuestion(q, q?.section);
    if (problem) {
      report.warnings.push(`line ${i + 1}: ${problem}`);
      return;
    }
    const html = sanitize(q.html);
    const question: GuideQuestion = {
      ...q, html, text: htmlToText(html), url: buildGuideUrl(q.section, q.lang, q.canonical), sourceFile: name,
    };
    report.questions.push(question);
  });
  if (report.questions.length === 0) report.error = report.warnings[0] ?? 'no questions';
  return report;
}
