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

  it('should read a Kazakh place with its possessive, the app the place is in, and going in asked where as part of the question', () => {
    expect(placesAt('бонус шотымды тексергім келеді, қосымшаның қай бөлімінде')).toEqual(['косымшанын', 'болиминде']);
    expect(placesAt('хочу проверить бонусы, в каком разделе приложения')).toEqual(['разделе']);
    expect(placesAt('бонус балансын білу үшін қайда кіремін')).toEqual(['киремин']);
    expect(placesAt('куда зайти чтобы узнать бонусы')).toEqual(['зайти']);
    // being there, asked where
    expect(placesAt('бонус балансы қай жерде тұр')).toEqual(['жерде', 'тур']);
    expect(placesAt('бонус балансы қайда тұр')).toEqual(['тур']);
    expect(placesAt('счет по реду в приложении где лежит')).toEqual(['лежит']);
    // the app said otherwise, and money that did not come in
    expect(placesAt('қосымшаның бонусы қайда')).toEqual([]);
    expect(placesAt('ақша қайда кірмеді')).toEqual([]);
    expect(placesAt('ақша түсіп тұр ма')).toEqual([]);
  });

  it('should leave "қай" before anything else ("қай тауарға": which goods) and a place said without "which"', () => {
    expect(whichAt('қай тауарға пікір жазсам бонус береді')).toEqual([]);
    expect(placesAt('бонус көрсететін жер қайда')).toEqual([]);
    expect(placesAt('в каком месяце платить')).toEqual([]);
  });
});
