/** /data/<dataset>.csv: each dataset flattened to CSV (see src/data/export.ts), generated at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES, datasets, type DatasetName } from '../../data';
import { toCsv } from '../../data/export';

export const getStaticPaths = (() => DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const entries = datasets[params['dataset'] as DatasetName];
  return new Response(toCsv(entries), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
