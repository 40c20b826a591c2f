/**
 * The language a published text (a source's title, a quote) is written in, for its `lang`
 * attribute: a page in one language quoting a title in another marks it, so screen readers
 * pronounce it right and the site's own checks can tell quoted text from untranslated UI.
 * The data hold titles in English and Japanese only, and Japanese is the one written in kana and
 * kanji, so the script decides; a title in a third language would need a field in the data.
 */
const JAPANESE_SCRIPT = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

export type TextLanguage = 'en' | 'ja';

export function textLanguage(text: string): TextLanguage {
  return JAPANESE_SCRIPT.test(text) ? 'ja' : 'en';
}
