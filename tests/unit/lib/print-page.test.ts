import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, printMarginStyle } from '../../../src/lib/print-page';

describe('cssString', () => {
  it('quotes plain text as it is', () => {
    expect(cssString('a · b')).toBe('"a · b"');
  });
  it('escapes quotes, backslashes and line breaks so the string cannot end early', () => {
    expect(cssString('say "hi"\\\n')).toBe('"say \\000022hi\\000022\\00005c\\00000a"');
  });
});

describe('pageCounterContent', () => {
  it('turns the placeholders into page counters and keeps the words as strings', () => {
    expect(pageCounterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
  });
  it('works when a language puts the counters first or alone', () => {
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
    expect(pageCounterContent('{page}. oldal')).toBe('counter(page) ". oldal"');
  });
  it('refuses a misspelt placeholder or a template with no page number', () => {
    expect(() => pageCounterContent('Page {pgae}')).toThrow(RangeError);
    expect(() => pageCounterContent('Page')).toThrow(RangeError);
  });
});

describe('printMarginStyle', () => {
  it('sets both custom properties the print stylesheet reads', () => {
    const style = printMarginStyle('https://x.test/w/ · CC BY 4.0', '{page}/{pages}');
    expect(style).toBe('--print-footer: "https://x.test/w/ · CC BY 4.0"; --print-page-of: counter(page) "/" counter(pages)');
  });
});
