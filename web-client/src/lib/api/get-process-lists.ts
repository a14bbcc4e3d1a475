import { apiGet } from './client';
import type { ItemList, Office, PoliticalActor } from '../../types/api';

function processPath(process: string, list: string): string {
  return `/api/v1/processes/${encodeURIComponent(process)}/${list}`;
}

export function getOffices(
  process: string,
  signal?: AbortSignal,
): Promise<ItemList<Office>> {
  return apiGet(processPath(process, 'offices'), { signal });
}

export function getPoliticalActors(
  process: string,
  signal?: AbortSignal,
): Promise<ItemList<PoliticalActor>> {
  return apiGet(processPath(process, 'political-actors'), { signal });
}
