import type { ProcessList } from '../../types/api';
import { apiGet } from './client';

export function getProcesses(signal?: AbortSignal): Promise<ProcessList> {
  return apiGet<ProcessList>('/api/v1/processes', { signal });
}
