import type { CatalogList } from '../../types/api';
import { apiGet } from './client';

export function getCatalogs(signal?: AbortSignal): Promise<CatalogList> {
  return apiGet<CatalogList>('/api/v1/catalogs', { signal });
}
