import { describe, expect, it } from 'vitest';
import { absolutizeLink } from '../../../lib/guide/sanitize-answer';
import { nodeSanitizer } from '../guide-fixtures';

const clean = (html: string) => nodeSanitizer().sanitizeAnswer(html);

describe('sanitizeAnswer', () => {
  it('should keep only the desktop variant of a platform group (real fragment)', () => {
    const html =
      '<p>• с Kaspi Gold в мобильном <span class="mobileApp_only">приложении Kaspi.kz</span>' +
      '<span class="mobile_only">приложении Kaspi.kz</span><span class="desktop_only">приложении Kaspi.kz</span>: ' +
      '<em>Мой Банк → Kaspi Red</em>;</p>';
    expect(clean(html)).toBe('<p>• с Kaspi Gold в мобильном приложении Kaspi.kz: <em>Мой Банк → Kaspi Red</em>;</p>');
  });

  it('should keep the desktop paragraph when variants sit in separate paragraphs', () => {
    const html =
      '<p><span class="mobileApp_only mobileApp-text">Заполните форму.</span></p>\n' +
      '<p><span class="mobile_only">Заполните форму на телефоне.</span></p>\n<p><span class="desktop_only">Заполните форму на сайте.</span></p>';
    expect(clean(html)).toBe('<p>Заполните форму на сайте.</p>');
  });

  it('should fall back to a mobile variant when no desktop one exists', () => {
    expect(clean('<p><span class="mobileApp_only">A</span><span class="mobile_only">B</span></p>')).toBe('<p>B</p>');
  });

  it('should make kaspi.kz-relative links absolute and drop target and styles (real fragment)', () => {
    const html =
      '<p style="margin-bottom:11px">наличными через <a href="/maps/terminals/" target="_blank">Kaspi Терминалы</a> и ' +
      '<a href="/maps/atms/?bank=18" target="_blank">Kaspi Банкоматы</a>.</p>';
    expect(clean(html)).toBe(
      '<p>наличными через <a href="https://kaspi.kz/maps/terminals/">Kaspi Терминалы</a> и ' +
        '<a href="https://kaspi.kz/maps/atms/?bank=18">Kaspi Банкоматы</a>.</p>',
    );
  });

  it('should unwrap <nobr> and drop empty spacer paragraphs (real fragment)', () => {
    const html = '<p><nobr>Сондай-а</nobr>қ бұл</p>\n<p> </p>\n<p>Если за месяц <nobr>POS-терминал</nobr> будет изъят.</p>';
    expect(clean(html)).toBe('<p>Сондай-ақ бұл</p>\n<p>Если за месяц POS-терминал будет изъят.</p>');
  });

  it('should remove scripts, handlers and unsafe links', () => {
    const html = '<p onclick="x()">a<script>alert(1)</script><img src=x onerror=alert(1)><a href="javascript:alert(1)">b</a></p>';
    expect(clean(html)).toBe('<p>ab</p>');
  });

  it('should keep lists, headings and tables', () => {
    expect(clean('<h3>T</h3><ul>\t<li style="margin-left:8px">цена,</li></ul><table><tbody><tr><td>1</td></tr></tbody></table>')).toBe(
      '<h3>T</h3><ul>\t<li>цена,</li></ul><table><tbody><tr><td>1</td></tr></tbody></table>',
    );
  });
});

describe('sanitizeForDisplay', () => {
  it('should open links in a new tab without an opener', () => {
    expect(nodeSanitizer().sanitizeForDisplay('<a href="https://kaspi.kz/">x</a>')).toBe(
      '<a href="https://kaspi.kz/" target="_blank" rel="noopener noreferrer">x</a>',
    );
  });
});

describe('absolutizeLink', () => {
  it.each([
    ['/maps/atms/?bank=18', 'https://kaspi.kz/maps/atms/?bank=18'],
    ['https://kgd.gov.kz/kk/app', 'https://kgd.gov.kz/kk/app'],
    ['tel:9999', 'tel:9999'],
    [' javascript:alert(1)', null],
    ['data:text/html,x', null],
  ])('should turn %s into %s', (href, out) => {
    expect(absolutizeLink(href)).toBe(out);
  });
});

describe('sanitizeToFragment', () => {
  it('should give the display-cleaned answer as nodes, links opening in a new tab', () => {
    const fragment = nodeSanitizer().sanitizeToFragment('<p>a <a href="https://kaspi.kz/">x</a><img src=x onerror=alert(1)></p>');
    const a = fragment.querySelector('a')!;
    expect(a.getAttribute('target')).toBe('_blank');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(fragment.querySelector('img')).toBeNull();
    expect(fragment.textContent).toBe('a x');
  });
});
