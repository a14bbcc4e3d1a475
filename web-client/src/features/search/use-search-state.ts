import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

// Every filter of the public list, as the API names it. Order matters: it is
// the order of the parameters in a shared address.
export const filterNames = [
  'process',
  'q',
  'office',
  'principle',
  'state',
  'municipality',
  'district',
  'actor',
  'role',
  'sex',
  'ageMin',
  'ageMax',
  'education',
  'affirmativeAction',
  'status',
  'sort',
] as const;

export type FilterName = (typeof filterNames)[number];

export type Filters = Record<FilterName, string>;

export type SearchState = Filters & { page: number };

// Filters beyond process and name: the form opens its "more filters" part
// when any of them is set.
export const advancedFilters: readonly FilterName[] = filterNames.filter(
  (name) => name !== 'process' && name !== 'q' && name !== 'sort',
);

export const emptyFilters: Filters = Object.fromEntries(
  filterNames.map((name) => [name, '']),
) as Filters;

export function parseSearch(params: URLSearchParams): SearchState {
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const filters = Object.fromEntries(
    filterNames.map((name) => [name, params.get(name)?.trim() ?? '']),
  ) as Filters;
  return {
    ...filters,
    page: Number.isSafeInteger(page) && page > 0 ? page : 1,
  };
}

export function toSearchParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of filterNames) {
    const value = state[name].trim();
    if (value) params.set(name, value);
  }
  if (state.page > 1) params.set('page', String(state.page));
  return params;
}

export function toQueryString(state: SearchState): string {
  const query = toSearchParams(state).toString();
  return query ? `?${query}` : '?';
}

export function requestKey(state: SearchState): string {
  return toSearchParams(state).toString();
}

export function hasAdvancedFilters(state: Filters): boolean {
  return advancedFilters.some((name) => state[name] !== '');
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
