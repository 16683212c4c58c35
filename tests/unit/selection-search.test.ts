import { describe, expect, it } from 'vitest';
import { hasPanel, selectionAction } from '../../lib/selection-search';

const POPUP = 'chrome-extension://id/popup.html';

describe('selectionAction', () => {
  it('should open the panel on kaspi.kz pages', () => {
    expect(selectionAction('  штраф \n за просрочку ', { id: 7, url: 'https://kaspi.kz/shop/' }, POPUP)).toEqual({
      kind: 'panel', tabId: 7, query: 'штраф за просрочку',
    });
  });

  it.each([
    ['another site', 'https://example.com/'],
    ['the guide itself', 'https://guide.kaspi.kz/client/ru/'],
    ['a look-alike host', 'https://kaspi.kz.example.com/'],
    ['no address', undefined],
  ])('should open the extension page on %s', (_what, url) => {
    const action = selectionAction('бонус', { id: 1, url }, POPUP);
    expect(action).toEqual({ kind: 'page', url: `${POPUP}?q=%D0%B1%D0%BE%D0%BD%D1%83%D1%81` });
  });

  it('should cut a long selection', () => {
    const action = selectionAction('а'.repeat(5000), undefined, POPUP);
    expect(decodeURIComponent((action as { url: string }).url.split('?q=')[1]!)).toHaveLength(200);
  });

  it('should know where the panel runs', () => {
    expect(hasPanel('https://mc.kaspi.kz/x')).toBe(true);
    expect(hasPanel('http://kaspi.kz/')).toBe(false);
  });
});
