/**
 * Quick-pick speeds for the speed fields (your-connection, download-time), from links.json, for
 * the widgets' server-side modules (<id>/options.ts): the newest global median of each kind
 * (fixed, mobile), what a typical speed test shows, then every consumer plan, the fast end of
 * home lines, slowest first. Each chip's text is the data's own value and unit, so a tap puts it in exactly.
 */
import { links } from '../../data';
import type { Link } from '../../data/schema';
import type { QuickPick } from '../../lib/input';
import { rateToBitsPerSecond } from '../../lib/units';

const MEDIAN_KINDS: readonly Link['kind'][] = ['fixed', 'mobile'];

function newestGlobal(kind: Link['kind']): Link | undefined {
  return links.filter((l) => l.kind === kind && l.id.startsWith('global-')).sort((a, b) => String(b.asOf).localeCompare(String(a.asOf)))[0];
}

export function commonSpeeds(): QuickPick[] {
  const medians = MEDIAN_KINDS.map(newestGlobal).filter((l): l is Link => l !== undefined);
  const plans = links.filter((l) => l.kind === 'consumer-plan');
  return [...medians, ...plans].sort((a, b) => rateToBitsPerSecond(a.rate) - rateToBitsPerSecond(b.rate)).map((l) => ({ text: `${l.rate.value} ${l.rate.unit}`, label: l.label }));
}
