import { describe, expect, it } from 'vitest';
import { cyrillicToLatin, latinToCyrillic, latinToCyrillicReadings } from '../../../lib/search/transliterate';

describe('transliterate', () => {
  it.each([
    ['каспи', 'kaspi'],
    ['голд', 'gold'],
    ['ред', 'red'],
    ['смарт', 'smart'],
  ])('should spell %s as %s', (cyr, lat) => {
    expect(cyrillicToLatin(cyr)).toBe(lat);
  });

  it.each([
    ['bonus', 'бонус'],
    ['kredit', 'кредит'],
    ['shop', 'шоп'],
  ])('should spell %s as %s', (lat, cyr) => {
    expect(latinToCyrillic(lat)).toBe(cyr);
  });

  it('should refuse words of the other script', () => {
    expect(cyrillicToLatin('gold')).toBeNull();
    expect(latinToCyrillic('голд')).toBeNull();
  });
});

describe('latinToCyrillicReadings', () => {
  it('should read "y" as ы after a consonant and as й elsewhere', () => {
    expect(latinToCyrillicReadings('novyy')).toContain('новый');
    expect(latinToCyrillicReadings('zakryt')).toContain('закрыт');
    expect(latinToCyrillicReadings('moy')).toContain('мой');
  });

  it('should read an apostrophe as the soft sign it stands for', () => {
    expect(latinToCyrillicReadings("den'gi")).toContain('деньги');
  });

  it.each([
    ['dengi', 'деньги'],
    ['skolko', 'сколько'],
    ['zabrat', 'забрать'],
    ['platit', 'платить'],
  ])('should put back the soft sign people leave out: %s as %s', (lat, cyr) => {
    const readings = latinToCyrillicReadings(lat);
    expect(readings).toContain(cyr);
    expect(readings).toContain(latinToCyrillic(lat));
  });

  it('should add a soft sign in one place at a time, never where none can stand', () => {
    expect(latinToCyrillicReadings('bonus')).toEqual(['бонус', 'бонусь']);
    expect(latinToCyrillicReadings('kak')).toEqual(['как']);
  });

  it('should give nothing for words that are not Latin', () => {
    expect(latinToCyrillicReadings('голд')).toEqual([]);
  });

  it('should read chat spelling: 4 as ч, 6 as ш, and w also as ш', () => {
    expect(latinToCyrillicReadings('s4et')).toContain('счет');
    expect(latinToCyrillicReadings('prosro4ka')).toContain('просрочка');
    expect(latinToCyrillicReadings('6trafa')).toContain('штрафа');
    expect(latinToCyrillicReadings('wtraf')).toEqual(expect.arrayContaining(['втраф', 'штраф']));
    expect(latinToCyrillicReadings('2000')).toEqual([]);
  });

  it('should read "sch" as щ and as с + ч ("schet" счёт, "raschet" расчёт)', () => {
    expect(latinToCyrillicReadings('schet')).toEqual(expect.arrayContaining(['щет', 'счет']));
    expect(latinToCyrillicReadings('raschet')).toContain('расчет');
    expect(latinToCyrillicReadings('shchet')).not.toContain('счет');
    expect(latinToCyrillicReadings('sleduyushchem')).toContain('следующем');
  });

  it('should read a "j" after a vowel as й, as the transliteration standards write it ("kazhdyj" каждый)', () => {
    expect(latinToCyrillicReadings('kazhdyj')).toContain('каждый');
    expect(latinToCyrillicReadings('kakoj')).toContain('какой');
    expect(latinToCyrillicReadings('djin')).not.toContain('йин');
  });

  it('should read an "e" that starts a word as е and as э ("etom" этом)', () => {
    expect(latinToCyrillicReadings('etom')).toEqual(expect.arrayContaining(['етом', 'этом']));
    expect(latinToCyrillicReadings('dengi')).not.toContain('дэнги');
  });

  it('should read Kazakh typed in Latin letters: j as ж, i after a vowel as й', () => {
    expect(latinToCyrillicReadings('qalai')).toContain('калай');
    expect(latinToCyrillicReadings('jinai')).toContain('жинай');
    // "gh" is ғ (folded г)
    expect(latinToCyrillicReadings('joghalyp')).toContain('жогалып');
    expect(latinToCyrillicReadings('jok')).toEqual(expect.arrayContaining(['джок', 'жок']));
    // "y" is ы, but й after a vowel; "c" is ц.
    expect(latinToCyrillicReadings('boiynsha')).toContain('бойынша');
    expect(latinToCyrillicReadings('aiyppul')).toContain('айыппул');
    expect(latinToCyrillicReadings('akcia')).toContain('акциа');
  });
});

describe('transliteration, exactly', () => {
  it('should refuse a word that mixes scripts or holds anything but letters', () => {
    for (const word of ['kaспи', 'каспиx', 'каспи1']) expect(cyrillicToLatin(word)).toBeNull();
    for (const word of ['бonus', 'bonusы', 'bonus1', '46']) expect(latinToCyrillic(word)).toBeNull();
    expect(latinToCyrillicReadings('bonusы')).toEqual([]);
  });

  it('should give every reading of a word, each once, in a fixed order', () => {
    expect(latinToCyrillicReadings('shtraf')).toEqual(['штраф', 'штьраф']);
    expect(latinToCyrillicReadings('moy')).toEqual(['мой']);
    expect(latinToCyrillicReadings('zakryt')).toEqual(['закрйт', 'закрыт', 'закрьйт', 'закрйть', 'закрыть']);
    expect(latinToCyrillicReadings('schet')).toEqual(['щет', 'счет', 'щеть', 'счеть']);
  });
});
