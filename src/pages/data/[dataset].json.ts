/** /data/<dataset>.json: each dataset as the loader parsed it (schema defaults filled in), generated at build. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES, datasets, type DatasetName } from '../../data';
import { toJson } from '../../data/export';

export const getStaticPaths = (() => DATASET_NAMES.map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const entries = datasets[params['dataset'] as DatasetName];
  return new Response(toJson(entries), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
