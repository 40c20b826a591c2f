/**
 * The figures a text states, as values, so an English text and its Japanese translation can be
 * compared: "10 million" and "1,000万" are both 10⁷, "340 million" and "3億4,000万" both 3.4 × 10⁸,
 * "1,808 km" and "1,808 km" both 1808. Grouping commas are dropped; a figure changed in
 * translation ("1.02" → "1.2", "1,808" → "1,880") gives a different value.
 */

/** A run of digits: comma-grouped, space-grouped ("10 000") or plain, with decimals. */
const DIGITS = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d|,\d)|\d{1,3}(?: \d{3})+(?!\d|[,.]\d)|\d+(?:\.\d+)?`;

const ENGLISH_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const JAPANESE_SCALES: Record<string, number> = { 万: 1e4, 億: 1e8, 兆: 1e12 };

/** Month names: "Nov 2024" is written 2024年11月 in Japanese. */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Numbers an English text spells in words, which a Japanese translation may write in digits
 * ("one-to-one" → 1対1, "two-thirds" → 3分の2, "three decades" → 30年間); never required in the
 * Japanese, only allowed there.
 */
const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  once: 1,
  single: 1,
  two: 2,
  twice: 2,
  both: 2,
  three: 3,
  third: 3,
  thirds: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  'three decades': 30,
};

function digitsValue(digits: string): number {
  return Number(digits.replace(/[, ]/g, ''));
}

/** Every figure in an English text: digits times a following scale word; in "20–51 million" the range shares the scale. */
export function englishFigures(text: string): number[] {
  const pattern = new RegExp(`(${DIGITS})(?:\\s+(thousand|million|billion|trillion)\\b)?`, 'g');
  const found = [...text.matchAll(pattern)].map((match) => ({
    value: digitsValue(match[1] ?? ''),
    scale: match[2] === undefined ? undefined : ENGLISH_SCALES[match[2]],
    end: (match.index ?? 0) + match[0].length,
    start: match.index ?? 0,
  }));
  const figures = found.map((figure, index) => {
    const next = found[index + 1];
    const sharesScale = figure.scale === undefined && next?.scale !== undefined && /^\s*(?:–|-|to)\s*$/.test(text.slice(figure.end, next.start));
    return figure.value * (figure.scale ?? (sharesScale ? (next?.scale ?? 1) : 1));
  });
  const months = MONTHS.flatMap((name, index) => (new RegExp(`\\b(?:${name}|${name.slice(0, 3)})\\b`).test(text) ? [index + 1] : []));
  return [...figures, ...months];
}

/** Numbers the English text writes as words (see NUMBER_WORDS). */
export function englishNumberWords(text: string): number[] {
  const lower = text.toLowerCase();
  return Object.entries(NUMBER_WORDS).flatMap(([word, value]) => (new RegExp(`\\b${word}\\b`).test(lower) ? [value] : []));
}

/**
 * Every figure in a Japanese text; "4億274万" is one figure (402,740,000), as is "1万8,000". An
 * English phrase quoted as printed keeps its scale word: 「10 million 8K videos」 states 10⁷.
 */
export function japaneseFigures(text: string): number[] {
  const pattern = new RegExp(`(?:(?:${DIGITS})[万億兆]?)+(?:\\s+(thousand|million|billion|trillion)\\b)?`, 'g');
  return [...text.matchAll(pattern)].map(([run, englishScale]) => {
    let total = 0;
    for (const part of run.matchAll(new RegExp(`(${DIGITS})([万億兆]?)`, 'g'))) total += digitsValue(part[1] ?? '') * (JAPANESE_SCALES[part[2] ?? ''] ?? 1);
    return total * (englishScale === undefined ? 1 : (ENGLISH_SCALES[englishScale] ?? 1));
  });
}

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));

/**
 * What differs between the figures of an English text and its Japanese version: English figures
 * the Japanese lacks, and Japanese figures the English neither writes nor spells in words.
 */
export function figureMismatch(english: string, japanese: string): { missing: number[]; added: number[] } {
  const inEnglish = englishFigures(english);
  const inJapanese = japaneseFigures(japanese);
  const allowed = [...inEnglish, ...englishNumberWords(english)];
  return {
    missing: inEnglish.filter((figure) => !inJapanese.some((other) => same(figure, other))),
    added: inJapanese.filter((figure) => !allowed.some((other) => same(figure, other))),
  };
}
