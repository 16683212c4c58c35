import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../../lib/guide/html-to-text';

describe('htmlToText', () => {
  it('should end blocks with line breaks and drop other tags', () => {
    expect(htmlToText('<p>Оплатить <b>счёт</b></p><ul><li>в приложении</li><li>в банкомате</li></ul>'))
      .toBe('Оплатить счёт\nв приложении\nв банкомате');
  });

  it('should break lines at <br> in any spelling', () => {
    expect(htmlToText('первая<br>вторая<br/>третья<BR />четвёртая')).toBe('первая\nвторая\nтретья\nчетвёртая');
  });

  it('should decode the entities our sanitiser writes, and numeric ones', () => {
    expect(htmlToText('<p>A &amp; B &lt;C&gt; &quot;D&quot; &#39;E&#39; 2&nbsp;000 &#8376;</p>')).toBe('A & B <C> "D" \'E\' 2 000 ₸');
  });

  it('should collapse runs of spaces and blank lines, and trim', () => {
    expect(htmlToText('  <p>  много   пробелов </p>\n\n<p>\t ещё</p>  ')).toBe('много пробелов\nещё');
  });

  it('should give an empty string for markup without text', () => {
    expect(htmlToText('<p></p><br>')).toBe('');
  });
});
