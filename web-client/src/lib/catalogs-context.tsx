import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CatalogName } from '../types/api';
import { getCatalogs } from './api/get-catalogs';
import { useRequest } from './use-request';

type LabelMaps = ReadonlyMap<string, ReadonlyMap<string, string>>;

export type LabelFor = (
  catalog: CatalogName,
  code: string | null | undefined,
) => string | null;

const CatalogsContext = createContext<LabelMaps>(new Map());

export function CatalogsProvider({ children }: { children: ReactNode }) {
  const request = useRequest('catalogs', getCatalogs);
  const maps = useMemo<LabelMaps>(() => {
    if (request.status !== 'success') return new Map();
    return new Map(
      request.data.items.map((catalog) => [
        catalog.name,
        new Map(catalog.entries.map((e) => [e.code, e.label])),
      ]),
    );
  }, [request]);
  return (
    <CatalogsContext.Provider value={maps}>{children}</CatalogsContext.Provider>
  );
}

// Falls back to the raw code so that a new code, or a catalogue that did not
// load, still shows something true rather than nothing.
export function useLabels(): LabelFor {
  const maps = useContext(CatalogsContext);
  return useMemo<LabelFor>(
    () => (catalog, code) => {
      if (code === null || code === undefined || code === '') return null;
      return maps.get(catalog)?.get(code) ?? code;
    },
    [maps],
  );
}

export type Option = { value: string; label: string };

// A catalogue's entries in the API's order, as options of a select.
export function useCatalogOptions(catalog: CatalogName): Option[] {
  const maps = useContext(CatalogsContext);
  return useMemo(
    () =>
      [...(maps.get(catalog) ?? new Map<string, string>())].map(
        ([value, label]) => ({ value, label }),
      ),
    [maps, catalog],
  );
}
