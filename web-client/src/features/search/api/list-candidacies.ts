import { apiGet, type QueryParams } from '../../../lib/api/client';
import type { CandidacyPage } from '../../../types/api';

export function listCandidacies(
  query: QueryParams,
  signal?: AbortSignal,
): Promise<CandidacyPage> {
  return apiGet<CandidacyPage>('/api/v1/candidacies', {
    params: query,
    signal,
  });
}
