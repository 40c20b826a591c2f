/**
 * The Japanese dictionary against the English one. Completeness is the type checker's job
 * (ja is Record<UiKey, string>); these tests check what types cannot: the same placeholders,
 * no entry left in English, no English words or record figures leaking into Japanese text,
 * bits and bytes kept apart, and the key terms written the way ja-terms.md says.
 */
import { describe, expect, it } from 'vitest';
import { en, type UiKey } from '../../../src/i18n/en';
import { ja } from '../../../src/i18n/ja';
import { messagesFor, toLocale, translator } from '../../../src/i18n';

const keys = Object.keys(en) as UiKey[];
const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names of a template, sorted, repeats kept: "{laps} × {span} … {laps}" has two laps. */
function placeholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1]!).sort();
}

const withoutPlaceholders = (template: string) => template.replace(PLACEHOLDER, ' ');

/** Numbers as written: 1,808 and 0.125, without a trailing comma ("In 2025, NICT…"). */
const NUMBER = /\d+(?:,\d{3})*(?:\.\d+)?/g;

/** Numbers English spells out, so Japanese may write them in digits ("power of ten" → 10のべき乗). */
const SPELLED_OUT: Record<string, string> = { ten: '10', hundred: '100', thousand: '1,000' };

/** Entries that may read exactly as in English, each for a stated reason. */
const SAME_AS_ENGLISH: Partial<Record<UiKey, string>> = {
  'site.name': 'the site’s own name, a proper name kept in Latin letters (it is also the name to cite)',
  'engine.echo': 'two placeholders and an arrow',
  'shell.download.credit': 'placeholders, separators and the licence name',
  'widget.records-chart.product': 'a placeholder and a unit symbol',
  'widget.records-chart.line': 'a placeholder and a unit symbol',
  'widget.records-chart.um': 'a placeholder and a unit symbol',
  'widget.fiber-cross-section.um': 'a placeholder and a unit symbol',
  'widget.records-chart.option': 'placeholders and separators: {year} can be the "year not given" text, so no 年 is added',
  'widget.records-chart.tooltip.title': 'placeholders and separators, as for the option label',
};

/**
 * Runs of Latin letters allowed in Japanese text. Units and symbols stay SI (Pb/s, km); names
 * of products, formats and keys are written in Latin letters in Japanese too.
 */
const LATIN_WORDS = new Set([
  // SI and data units, prefixes as symbols, and µm's "m"
  ...['SI', 'b', 'B', 's', 'm', 'k', 'M', 'Ki', 'Mi', 'kb', 'Mb', 'Gb', 'Tb', 'Pb', 'Eb', 'MB', 'GB', 'TB', 'GiB', 'km', 'mm', 'ms', 'px'],
  // band names (C帯, L帯) and the A, B, C signal labels of the MIMO diagram
  ...['A', 'C', 'L'],
  // organisations, products, paper sizes and keyboard keys, written in Latin letters in Japanese
  ...['NICT', 'Petabit', 'Explained', 'Netflix', 'Spotify', 'CD', 'WordPress', 'Ghost', 'Mac', 'Ctrl', 'Home', 'End', 'QR', 'US', 'IT'],
  // formats, web terms and acronyms used as they are in Japanese technical writing
  ...['JSON', 'CSV', 'PNG', 'SVG', 'HTML', 'CMS', 'iframe', 'oEmbed', 'Cookie', 'MIMO', 'WDM', 'JavaScript'],
  // licence names
  ...['CC', 'BY', 'MIT'],
]);

/** Latin words one entry may use beyond LATIN_WORDS, with the reason. */
const LATIN_WORDS_FOR_KEY: Partial<Record<UiKey, { words: string[]; reason: string }>> = {
  'data.csvNote': { words: ['rate', 'value', 'unit'], reason: 'the CSV files’ own column names (rate.value, rate.unit)' },
  'lang.switch': { words: ['English'], reason: 'the link to the English edition names it in English, as language switchers do' },
};

/** Entries that are empty in Japanese on purpose, with the reason. */
const EMPTY_IN_JAPANESE: Partial<Record<UiKey, string>> = {
  'text.wordSpace': 'Japanese sets no space between a label and its text, or between words',
};

describe('the Japanese dictionary', () => {
  it('has no key that English lacks (the type only forbids missing ones in literals)', () => {
    expect(Object.keys(ja).filter((key) => !(key in en))).toEqual([]);
  });

  it.each(keys)('%s keeps the English placeholders, each as often', (key) => {
    expect(placeholders(ja[key])).toEqual(placeholders(en[key]));
  });

  it.each(keys)('%s is not empty and not left in English', (key) => {
    if (key in EMPTY_IN_JAPANESE) expect(ja[key]).toBe('');
    else expect(ja[key].trim()).not.toBe('');
    if (!(key in SAME_AS_ENGLISH)) expect(ja[key]).not.toBe(en[key]);
  });

  it('lets only symbol-only or proper-name entries read as in English, and they still do', () => {
    for (const key of Object.keys(SAME_AS_ENGLISH) as UiKey[]) expect(ja[key], key).toBe(en[key]);
  });

  it.each(keys)('%s has no Latin word outside the units and names allowed', (key) => {
    const allowed = new Set([...LATIN_WORDS, ...(LATIN_WORDS_FOR_KEY[key]?.words ?? [])]);
    const words = withoutPlaceholders(ja[key]).match(/[A-Za-z]+/g) ?? [];
    expect(words.filter((word) => !allowed.has(word))).toEqual([]);
  });

  it.each(keys)('%s writes no figure that English leaves to a placeholder', (key) => {
    // Single digits are the words English spells out ("one second" → 1秒, "eight bits" → 8ビット);
    // anything longer (1,808, 19, 0.125) must be a literal in English too.
    const english = withoutPlaceholders(en[key]);
    const inEnglish = new Set(english.match(NUMBER) ?? []);
    for (const [word, digits] of Object.entries(SPELLED_OUT)) if (new RegExp(`\\b${word}\\b`, 'i').test(english)) inEnglish.add(digits);
    const numbers = withoutPlaceholders(ja[key]).match(NUMBER) ?? [];
    expect(numbers.filter((n) => n.length > 1 && !inEnglish.has(n))).toEqual([]);
  });

  it.each(keys)('%s says ビット where English says bits and バイト where it says bytes', (key) => {
    // The site's name has "Petabit" in it but says nothing about bits.
    const english = withoutPlaceholders(en[key]).replaceAll('Petabit Explained', ' ');
    if (/\b\w*bits?\b/i.test(english)) expect(ja[key]).toContain('ビット');
    if (/\b\w*bytes?\b/i.test(english)) expect(ja[key]).toContain('バイト');
    // and the other way: no バイト where English never mentions bytes (a b read as a B is the ×8 trap)
    if (ja[key].includes('バイト')) expect(english).toMatch(/byte|\b[kMGTPE]?i?B\b/i);
  });

  it('spells 光ファイバ the JIS way throughout, never 光ファイバー', () => {
    expect(keys.filter((key) => ja[key].includes('ファイバー'))).toEqual([]);
  });

  it('uses the terms of NICT’s Japanese releases for the record', () => {
    expect(ja['press.sentence.fiber']).toContain('標準外径');
    expect(ja['press.sentence.fiber']).toContain('結合型マルチコア光ファイバ');
    expect(ja['press.sentence.when']).toContain('伝送容量と距離の積');
    expect(ja['widget.records-chart.productLabel']).toBe('伝送容量と距離の積');
    expect(ja['widget.records-chart.capacity']).toBe('伝送容量');
    expect(ja['press.sentence.what']).toContain('情報通信研究機構（NICT）');
    expect(ja['press.sentence.what']).toContain('住友電気工業');
    expect(ja['diagram.wdm.caption']).toContain('波長分割多重（WDM）');
    expect(ja['diagram.mimo.unmix']).toBe('MIMO処理');
    expect(ja['widget.loop.title']).toContain('周回伝送');
    expect(ja['widget.fiber-cross-section.mcf']).toBe('{cores}コア光ファイバ');
    expect(ja['home.answer']).toContain('ウィキペディア');
  });

  it('explains Pb/s as ペタビット毎秒 where the English spells the unit out', () => {
    expect(ja['press.description']).toContain('1.02 Pb/s（毎秒1.02ペタビット）');
    expect(ja['classroom.description']).toContain('毎秒1.02ペタビット');
  });
});

describe('the Japanese locale through src/i18n', () => {
  it('recognises ja and still falls back to English for anything else', () => {
    expect(toLocale('ja')).toBe('ja');
    expect(toLocale('en')).toBe('en');
    expect(toLocale('fr')).toBe('en');
    expect(toLocale(undefined)).toBe('en');
  });

  it('writes long units the Japanese way: number and unit word together, no plural', () => {
    const t = translator('ja');
    const prefix = t('engine.prefix.P');
    expect(t('engine.unit.bitRate.other', { n: '1.02', prefix })).toBe('1.02ペタビット毎秒');
    expect(t('engine.unit.bitRate.one', { n: '1', prefix })).toBe('1ペタビット毎秒');
    expect(t('engine.unit.bytes.other', { n: '127.5', prefix: t('engine.prefix.T') })).toBe('127.5テラバイト');
  });

  it('hands an island Japanese messages, and English pages are unchanged', () => {
    expect(messagesFor('ja', ['nav.'])['nav.home']).toBe('ホーム');
    expect(messagesFor('en', ['nav.'])['nav.home']).toBe('Home');
    expect(translator('en')('site.card.record', { distance: '1,808 km', cores: 19 })).toBe('over 1,808 km of one 19-core fiber');
    expect(translator('ja')('site.card.record', { distance: '1,808 km', cores: 19 })).toBe('1本の19コア光ファイバで1,808 kmを伝送');
  });
});
