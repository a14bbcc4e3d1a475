import { apiGet, type QueryParams } from '../../../lib/api/client';
import type { Statistics } from '../../../types/api';

export function getStatistics(
  query: QueryParams,
  signal?: AbortSignal,
): Promise<Statistics> {
  return apiGet<Statistics>('/api/v1/statistics', { params: query, signal });
}
