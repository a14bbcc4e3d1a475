import type {
  District,
  DistrictKind,
  ItemList,
  Municipality,
  State,
} from '../../types/api';
import { apiGet } from './client';

const base = '/api/v1/geography/states';

export function getStates(
  process: string,
  signal?: AbortSignal,
): Promise<ItemList<State>> {
  return apiGet(base, { params: { process }, signal });
}

export function getMunicipalities(
  state: string,
  process: string,
  signal?: AbortSignal,
): Promise<ItemList<Municipality>> {
  return apiGet(`${base}/${encodeURIComponent(state)}/municipalities`, {
    params: { process },
    signal,
  });
}

export function getDistricts(
  state: string,
  kind: DistrictKind,
  process: string,
  signal?: AbortSignal,
): Promise<ItemList<District>> {
  return apiGet(`${base}/${encodeURIComponent(state)}/districts`, {
    params: { kind, process },
    signal,
  });
}

// Local and federal districts in one list, local first.
export async function getAllDistricts(
  state: string,
  process: string,
  signal?: AbortSignal,
): Promise<District[]> {
  const [local, federal] = await Promise.all([
    getDistricts(state, 'local', process, signal),
    getDistricts(state, 'federal', process, signal),
  ]);
  return [...local.items, ...federal.items];
}
