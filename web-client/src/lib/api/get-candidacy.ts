import { apiGet } from './client';
import type { CandidacyDetail } from '../../types/api';

export function getCandidacy(
  id: string,
  signal?: AbortSignal,
): Promise<CandidacyDetail> {
  return apiGet<CandidacyDetail>(
    `/api/v1/candidacies/${encodeURIComponent(id)}`,
    { signal },
  );
}
