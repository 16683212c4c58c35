import { describe, expect, it } from 'vitest';
import { escapeOmniboxXml, omniboxTarget, toOmniboxSuggestions } from '../../lib/omnibox-suggestions';
import { loadShippedSearcher } from '../../lib/cli/load-guide-searcher';

describe('omnibox', () => {
  it('should suggest answers with escaped titles that open the guide address', () => {
    const hits = loadShippedSearcher().search('штраф', { lang: 'ru', limit: 3 }).hits;
    const suggestions = toOmniboxSuggestions(hits);
    expect(suggestions[0]!.content).toMatch(/^https:\/\/guide\.kaspi\.kz\/client\/ru\//);
    expect(suggestions[0]!.description).toContain('Kaspi Гид');
  });

  it('should escape XML in descriptions', () => {
    expect(escapeOmniboxXml(`<b>"A" & 'B'</b>`)).toBe('&lt;b&gt;&quot;A&quot; &amp; &apos;B&apos;&lt;/b&gt;');
  });

  it('should open a chosen guide address, else the best answer, else the guide', () => {
    expect(omniboxTarget('https://guide.kaspi.kz/client/ru/x', undefined)).toBe('https://guide.kaspi.kz/client/ru/x');
    expect(omniboxTarget('штраф', 'https://guide.kaspi.kz/a')).toBe('https://guide.kaspi.kz/a');
    expect(omniboxTarget('zzz', undefined)).toBe('https://guide.kaspi.kz/');
  });
});
