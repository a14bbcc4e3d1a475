import { apiGet } from '../../../lib/api/client';
import type { CandidacyPage } from '../../../types/api';

export type CandidacyQuery = {
  process?: string;
  q?: string;
  page: number;
  pageSize: number;
};

export function listCandidacies(
  query: CandidacyQuery,
  signal?: AbortSignal,
): Promise<CandidacyPage> {
  return apiGet<CandidacyPage>('/api/v1/candidacies', {
    params: query,
    signal,
  });
}
