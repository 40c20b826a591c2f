/**
 * The record's entry in links.json, for the widgets' server-side modules (<id>/options.ts): every
 * widget compares against the same link, found once by its kind.
 */
import { links } from '../../data';
import type { Link } from '../../data/schema';
import { rateToBitsPerSecond } from '../../lib/units';

const RECORD = links.find((l) => l.kind === 'record');
if (!RECORD) throw new Error('links.json has no record entry');
export const RECORD_LINK: Link = RECORD;
export const RECORD_BITS_PER_SECOND = rateToBitsPerSecond(RECORD.rate);
