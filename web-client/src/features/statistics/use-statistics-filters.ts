import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';

// The filters of GET /api/v1/statistics, in the order of a shared address.
export const statisticsFilterNames = [
  'process',
  'office',
  'actor',
  'state',
] as const;

export type StatisticsFilterName = (typeof statisticsFilterNames)[number];

export type StatisticsFilters = Record<StatisticsFilterName, string>;

export function parseFilters(params: URLSearchParams): StatisticsFilters {
  return Object.fromEntries(
    statisticsFilterNames.map((name) => [name, params.get(name)?.trim() ?? '']),
  ) as StatisticsFilters;
}

export function toFilterParams(filters: StatisticsFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of statisticsFilterNames) {
    const value = filters[name].trim();
    if (value) params.set(name, value);
  }
  return params;
}

// Like the search, the filters live in the address: a view can be shared and
// the back button returns to the previous one.
export function useStatisticsFilters(): [
  StatisticsFilters,
  (next: StatisticsFilters) => void,
] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const update = useCallback(
    (next: StatisticsFilters) => setParams(toFilterParams(next)),
    [setParams],
  );
  return [filters, update];
}
