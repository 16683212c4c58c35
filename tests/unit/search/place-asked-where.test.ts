import { describe, expect, it } from 'vitest';
import { asksWhichPlace, isPlaceAskedWhere } from '../../../lib/search/place-asked-where';
import { tokenizeWords } from '../../../lib/search/normalize-text';

const words = (text: string) => tokenizeWords(text).map((t) => t.word);
const whichAt = (text: string) => words(text).flatMap((_, i, all) => (asksWhichPlace(all, i) ? [all[i]] : []));
const placesAt = (text: string) => words(text).flatMap((_, i, all) => (isPlaceAskedWhere(all, i) ? [all[i]] : []));

describe('a place asked after "which"', () => {
  it('should read "қай жерден", "қай бөлімде", "в каком разделе" as asking where, the place part of the question word', () => {
    expect(whichAt('бонус санын қай жерден тексеремін')).toEqual(['кай']);
    expect(placesAt('бонус санын қай жерден тексеремін')).toEqual(['жерден']);
    expect(placesAt('бонус тарихы қай бөлімде')).toEqual(['болимде']);
    expect(whichAt('в каком разделе посмотреть покупки')).toEqual(['каком']);
    expect(placesAt('в каком разделе посмотреть покупки')).toEqual(['разделе']);
  });

  it('should leave "қай" before anything else ("қай тауарға": which goods) and a place said without "which"', () => {
    expect(whichAt('қай тауарға пікір жазсам бонус береді')).toEqual([]);
    expect(placesAt('бонус көрсететін жер қайда')).toEqual([]);
    expect(placesAt('в каком месяце платить')).toEqual([]);
  });
});
