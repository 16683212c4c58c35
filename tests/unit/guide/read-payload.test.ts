import { describe, expect, it } from 'vitest';
import { readPayload } from '../../../lib/guide/read-payload';

describe('readPayload', () => {
  it('should read a whole payload from its first value', () => {
    const text = '  [{"id":1},"Как оплатить?",42]';
    const window = readPayload(text)!;
    expect(window.isWhole).toBe(true);
    expect(window.run.values).toEqual([{ id: 1 }, 'Как оплатить?', 42]);
    expect(window.firstValueAt).toBe(text.indexOf('{'));
  });

  it('should read a capture cut at its start from the first comma after which the text is JSON', () => {
    const text = 'плата счёта","Второй вопрос",7,{"a":1}]';
    const window = readPayload(text)!;
    expect(window.isWhole).toBe(false);
    expect(window.run.values).toEqual(['Второй вопрос', 7, { a: 1 }]);
    expect(text.slice(window.firstValueAt)).toMatch(/^"Второй/);
  });

  it('should skip commas inside the cut string, after which the text is not JSON', () => {
    // ", 5" inside the cut string is followed by a quote that is not JSON: the real values come later.
    const text = 'сумма, 5 тысяч","a","b"]';
    expect(readPayload(text)!.run.values).toEqual(['a', 'b']);
  });

  it('should give null for text that never reads as JSON values', () => {
    expect(readPayload('<html><body>no data</body></html>')).toBeNull();
    expect(readPayload('')).toBeNull();
  });
});
