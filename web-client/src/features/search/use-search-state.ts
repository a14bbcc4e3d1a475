import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

export type SearchState = { process: string; q: string; page: number };

export function parseSearch(params: URLSearchParams): SearchState {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  return {
    process: params.get('process')?.trim() ?? '',
    q: params.get('q')?.trim() ?? '',
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.process) params.set('process', state.process);
  if (state.q.trim()) params.set('q', state.q.trim());
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function toQueryString(state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query ? `?${query}` : '?';
}

// The search lives in the address bar, so a search can be shared and the
// back button returns to the previous one.
export function useSearchState(): [SearchState, (next: SearchState) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parseSearch(params), [params]);
  const update = useCallback(
    (next: SearchState) => setParams(toSearchParams(next)),
    [setParams],
  );
  return [state, update];
}
