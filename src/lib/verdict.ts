/**
 * A claim's verdict, and how every page shows it: the tone (colour) and the words with the
 * "off by" factor. One module so the claim cards, the claim-check widget and the answer keys
 * can never disagree (they once said 530×, 526× and 526 for the same claim). Small and
 * data-free on purpose: the claim-check island imports it without the claim engine.
 */
import type { Translate } from '../i18n/index';
import { formatRatio } from './format';

export type Verdict = 'holds' | 'holds-with-caveat' | 'off-by' | 'false-premise' | 'meaningless';

/** How a verdict is coloured wherever a claim is shown. Colour is a second signal: the words always say it. */
export type VerdictTone = 'ok' | 'warn' | 'bad';

export const VERDICT_TONE: Readonly<Record<Verdict, VerdictTone>> = {
  holds: 'ok',
  'holds-with-caveat': 'warn',
  'off-by': 'bad',
  'false-premise': 'bad',
  meaningless: 'bad',
};

/** "526×", "7.84×", "1 million×": how many times off, written the same way on every page. */
export function formatFactorOff(factorOff: number, locale: string): string {
  return formatRatio(factorOff, locale);
}

/** The verdict in words: "Holds", "Off by 526×". */
export function verdictText(verdict: Verdict, factorOff: number, locale: string, t: Translate): string {
  return t(`claim.verdict.${verdict}`, { factor: formatFactorOff(factorOff, locale) });
}
