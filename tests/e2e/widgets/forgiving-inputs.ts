/**
 * Shared checks for issue 16's forgiving inputs, used by the specs of the widgets with a speed
 * field: the five mistakes the issue lists each get their own message, and fuzzed input typed
 * in the browser never shows a fraction of a stream or a run of zeros after the point.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** The five mistakes in a speed field, each with words its message must have (written by hand, not read from the dictionary). */
export const SPEED_MISTAKES: readonly { typed: string; says: RegExp }[] = [
  { typed: '-5', says: /below zero/i },
  { typed: '0', says: /above zero/i },
  { typed: '1e400', says: /too large/i },
  { typed: 'abc', says: /start with a number/i },
  { typed: '5 GB', says: /needs a speed/i },
];

export const ZERO_RUN = /\d\.\d*0{4,}/;

/** Types each mistake into `field`; each gets its own message, shown and tied to the field. */
export async function expectEachMistakeItsOwnMessage(page: Page, field: Locator): Promise<void> {
  const messages = new Set<string>();
  for (const { typed, says } of SPEED_MISTAKES) {
    await field.fill(typed);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveAccessibleDescription(says);
    const id = await field.getAttribute('id');
    const message = page.locator(`#${id}-error`);
    await expect(message).toBeVisible();
    messages.add(await message.innerText());
  }
  expect(messages.size).toBe(SPEED_MISTAKES.length);
}

/** A small seeded generator (mulberry32), so a failing fuzz run can be replayed. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const RATE_UNITS = ['', 'b/s', 'kb/s', 'Mb/s', 'Gb/s', 'Tb/s', 'Pb/s', 'Eb/s', 'GB/s', 'Mbps'];

/** `count` speeds as a reader might type them, from a thousandth of a bit per second to far past the record. */
export function fuzzedSpeeds(count: number, seed: number): string[] {
  const random = seeded(seed);
  return Array.from({ length: count }, () => {
    const mantissa = (1 + random() * 998).toPrecision(1 + Math.floor(random() * 4));
    const exponent = Math.floor(random() * 40) - 12;
    const unit = RATE_UNITS[Math.floor(random() * RATE_UNITS.length)]!;
    return `${mantissa}e${exponent} ${unit}`.trim();
  });
}
