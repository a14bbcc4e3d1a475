import type { Contest, ItemList } from '../../types/api';
import { apiGet } from './client';

export type ContestQuery = {
  process?: string;
  state?: string;
  municipality?: string;
  district?: string;
};

export function listContests(
  query: ContestQuery,
  signal?: AbortSignal,
): Promise<ItemList<Contest>> {
  return apiGet('/api/v1/contests', { params: query, signal });
}
