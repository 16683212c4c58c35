import { describe, expect, it } from 'vitest';
import { createNavigationLearner } from '../../../lib/learned/navigation-learning';
import { buildGuidePayload, guidePageHtml } from '../../e2e/guide-payload';
import { nodeSanitizer } from '../guide-fixtures';

const page = (id: number) =>
  guidePageHtml(
    buildGuidePayload([{ id, title: `Вопрос ${id}`, content: `<p>Ответ ${id}</p>`, canonical: `/nav/q${id}`, updatedDate: '01.11.2026' }], 'ru-RU'),
    'client', 'ru', `/nav/q${id}`,
  );

describe('createNavigationLearner', () => {
  const sanitize = nodeSanitizer().sanitizeAnswer;

  it('should request a new guide address once and read its questions', async () => {
    const requested: string[] = [];
    const learner = createNavigationLearner(async (address) => {
      requested.push(address);
      return page(Number(/q(\d+)$/.exec(address)![1]));
    }, sanitize, ['https://guide.kaspi.kz/client/ru/nav/q1']);
    const found = await learner.questionsAt('https://guide.kaspi.kz/client/ru/nav/q2#top');
    expect(found?.questions.map((q) => [q.id, q.title, q.section, q.lang])).toEqual([[2, 'Вопрос 2', 'client', 'ru']]);
    expect(await learner.questionsAt('https://guide.kaspi.kz/client/ru/nav/q2')).toBeNull();
    expect(await learner.questionsAt('https://guide.kaspi.kz/client/ru/nav/q1')).toBeNull();
    expect(requested).toEqual(['https://guide.kaspi.kz/client/ru/nav/q2']);
  });

  it('should request nothing for addresses outside the guide sections', async () => {
    const requested: string[] = [];
    const learner = createNavigationLearner(async (address) => (requested.push(address), ''), sanitize);
    for (const address of ['https://kaspi.kz/client/ru/x', 'https://guide.kaspi.kz/', 'https://guide.kaspi.kz/search?q=1', 'javascript:alert(1)']) {
      expect(await learner.questionsAt(address)).toBeNull();
    }
    expect(requested).toEqual([]);
  });

  it('should say so when the page holds no payload', async () => {
    const learner = createNavigationLearner(async () => '<html><body>app shell</body></html>', sanitize);
    expect(await learner.questionsAt('https://guide.kaspi.kz/client/kz/nav/q5')).toEqual({ questions: [], error: 'the page holds no __NUXT_DATA__' });
  });
});
