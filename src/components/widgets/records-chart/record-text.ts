/**
 * How the records chart writes a record's figures in words, for the locale: one set of
 * formatters the widget, its table, its details panel and its tooltip all share, so a figure
 * reads the same wherever it appears.
 */
import type { Translate } from '../../../i18n/translate';
import { formatRate } from '../../../lib/units';
import { formatDistance, formatNumber } from '../../../lib/format';
import { listFormat } from '../../../lib/intl';
import { productRange, type RecordRow, type RecordsChartText, type RecordsView } from './core';

export type RecordText = ReturnType<typeof recordText>;

export function recordText(locale: string, t: Translate, standardCladdingUm: number) {
  const rate = (bps: number) => formatRate(bps, locale);
  const distance = (row: RecordRow) => (row.distanceKm === null ? t('widget.records-chart.noDistance') : formatDistance(row.distanceKm, locale));
  /** The distance with the other readings where sources disagree ("63.5 km (disputed: 63.7 or 67 km)"). */
  const distanceFull = (row: RecordRow) =>
    row.distanceDisputedKm === undefined
      ? distance(row)
      : t('widget.records-chart.distance.disputed', {
          distance: distance(row),
          others: listFormat(locale, { type: 'disjunction' }).format(row.distanceDisputedKm.map((km) => formatDistance(km, locale))),
        });
  const productOf = (bpsKm: number) => t('widget.records-chart.product', { rate: rate(bpsKm) });
  const product = (row: RecordRow) => (row.productBitsPerSecondKm === null ? '—' : productOf(row.productBitsPerSecondKm));
  /** The product, with its range over the disputed distances where there are any. */
  const productFull = (row: RecordRow) => {
    const range = productRange(row);
    return range === undefined ? product(row) : t('widget.records-chart.product.disputed', { product: product(row), low: productOf(range[0]), high: productOf(range[1]) });
  };
  const year = (y: number | null) => (y === null ? t('widget.records-chart.noYear') : formatNumber(y, locale, { useGrouping: false }));
  const claddingUm = t('widget.records-chart.um', { value: formatNumber(standardCladdingUm, locale) });
  const claddingOf = (row: RecordRow) => (row.standardCladding ? t('widget.records-chart.cladding.standard', { cladding: claddingUm }) : t('widget.records-chart.cladding.other'));
  return { rate, distance, distanceFull, product, productFull, year, claddingUm, claddingOf };
}

/**
 * What the chart itself writes (axis titles, the guide lines' labels, the record's callout):
 * one builder for the canvas the browser draws and the picture the server draws (picture.server.ts).
 */
export function chartText(locale: string, t: Translate, text: RecordText, highlight: RecordRow, view: RecordsView): RecordsChartText {
  const { rate, distance, year } = text;
  return {
    xDistance: t('widget.records-chart.axis.distance'),
    xYear: t('widget.records-chart.axis.year'),
    y: t('widget.records-chart.axis.capacity'),
    productLine: (p) => t('widget.records-chart.line', { value: formatNumber(p, locale) }),
    productLineShort: (p) => formatNumber(p, locale),
    highlight: `${rate(highlight.capacityBitsPerSecond)} · ${view === 'year' ? year(highlight.year) : distance(highlight)}`,
    belowBreak: (row) => `${year(row.year)} · ${rate(row.capacityBitsPerSecond)}`,
    formatRate: rate,
    formatDistance: (km) => formatDistance(km, locale),
    formatYear: year,
  };
}
