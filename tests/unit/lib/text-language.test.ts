import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { textLanguage } from '../../../src/lib/text-language';

describe('textLanguage', () => {
  it('tells Japanese titles (kana or kanji anywhere) from English ones', () => {
    expect(textLanguage('World Record Achieved in Transmission Capacity and Distance')).toBe('en');
    expect(textLanguage('標準外径19コア光ファイバで1,808 km伝送')).toBe('ja');
    expect(textLanguage('NICT、1.02ペタビット毎秒')).toBe('ja');
    expect(textLanguage('ペタ')).toBe('ja');
  });
  it('calls any text without kana or kanji English, digits and symbols included', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abcXYZ 0123456789.,:;–—-()/·µ“”'.split('')) }), (text) => textLanguage(text) === 'en'));
  });
});
