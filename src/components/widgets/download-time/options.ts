/**
 * "Download time", the part that reads the data (server, definition and tests only): which
 * payloads and links the widget offers, as the plain options the island receives, and the
 * codec built from their ids.
 */
import { link, lookupIn, payloads } from '../../../data';
import type { Link, Payload } from '../../../data/schema';
import { payloadBytes } from '../../../lib/claims';
import { rateToBitsPerSecond } from '../../../lib/units';
import { RECORD_LINK } from '../record-link.server';
import { commonSpeeds } from '../common-speeds.server';
import { downloadTimeCodecFor, type DownloadTimeOptions, type DownloadTimeState, type LinkOption, type PayloadOption } from './core';
import type { Locale } from '../../../i18n';
import type { WidgetIsland } from '../types';

export { RECORD_LINK };

/**
 * Things to send: every payload except sizes that only define a bitrate (a size with
 * playSeconds, such as "1 MB per minute", is a rate in disguise, not a thing to download).
 */
export const PAYLOAD_CHOICES: readonly Payload[] = payloads.filter((p) => p.playSeconds === undefined);

/**
 * Lines to send over: one of each kind a reader asks about (the record, the newest medians,
 * fast home fiber, 5G, a backbone fiber and two submarine cables), in the order they are
 * listed. Older medians of the same place stay in the data for the sources page.
 */
export const LINK_CHOICES: readonly Link[] = [
  'record-2025',
  'global-fixed-median-2025-12',
  'global-mobile-median-2025-12',
  'us-fixed-median-2025-10',
  'singapore-fixed-median-2025-10',
  'global-5g-median-2023-q3',
  'nuro-10g',
  'init7-25g',
  'best-commercial-fiber',
  'marea',
  'juno',
].map((id) => link(id));

/** A payload as the island shows it: label, size, and (for viral figures only) the caveat. */
export function payloadOption(payload: Payload): PayloadOption {
  const option: PayloadOption = { id: payload.id, label: payload.label, sizeBytes: payloadBytes(payload), viral: payload.viral };
  if (payload.viral && payload.caveat !== undefined) option.caveat = payload.caveat;
  if (payload.stream) option.stream = { bitsPerSecond: rateToBitsPerSecond(payload.stream.rate), seconds: payload.stream.seconds };
  return option;
}

export function linkOption(entry: Link): LinkOption {
  return { id: entry.id, label: entry.label, bitsPerSecond: rateToBitsPerSecond(entry.rate), isRecord: entry.kind === 'record' };
}

/** The island's props: each choice reduced to what the widget shows and computes with, labelled in `locale`. */
export function downloadTimeOptions(locale: Locale = 'en'): DownloadTimeOptions {
  const inLocale = lookupIn(locale);
  return {
    payloads: PAYLOAD_CHOICES.map((p) => payloadOption(inLocale.payload(p.id))),
    links: LINK_CHOICES.map((l) => linkOption(inLocale.link(l.id))),
    speedChips: commonSpeeds(),
  };
}

export const DOWNLOAD_TIME_OPTIONS: DownloadTimeOptions = downloadTimeOptions();
export const island: WidgetIsland<DownloadTimeOptions, DownloadTimeState> = { options: DOWNLOAD_TIME_OPTIONS, optionsIn: downloadTimeOptions, codecFor: downloadTimeCodecFor };
export const downloadTimeCodec = downloadTimeCodecFor(DOWNLOAD_TIME_OPTIONS);
