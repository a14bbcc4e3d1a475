import { apiGet } from '../../../lib/api/client';
import type { DictionaryList } from '../../../types/api';

export function getDictionary(signal?: AbortSignal): Promise<DictionaryList> {
  return apiGet<DictionaryList>('/api/v1/exports/dictionary', { signal });
}
