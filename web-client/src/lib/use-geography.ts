import type { Option } from './catalogs-context';
import {
  getAllDistricts,
  getMunicipalities,
  getStates,
} from './api/get-geography';
import { useRequest, type RequestState } from './use-request';

export type PlaceOptions = {
  states: RequestState<Option[]>;
  municipalities: RequestState<Option[]>;
  districts: RequestState<Option[]>;
};

const idle: RequestState<Option[]> = { status: 'success', data: [] };

// States the process covers, and the municipalities and districts of the
// chosen state. Nothing is requested for a level that has no parent yet.
export function usePlaceOptions(process: string, state: string): PlaceOptions {
  const states = useRequest(`states|${process}`, async (signal) => {
    const list = await getStates(process, signal);
    return list.items.map((s) => ({ value: s.code, label: s.name }));
  });
  const municipalities = useRequest(
    `municipalities|${process}|${state}`,
    async (signal) => {
      if (!state) return [];
      const list = await getMunicipalities(state, process, signal);
      return list.items.map((m) => ({ value: m.code, label: m.name }));
    },
  );
  const districts = useRequest(
    `districts|${process}|${state}`,
    async (signal) => {
      if (!state) return [];
      const list = await getAllDistricts(state, process, signal);
      return list.map((d) => ({ value: d.code, label: districtLabel(d) }));
    },
  );
  return {
    states,
    municipalities: state ? municipalities : idle,
    districts: state ? districts : idle,
  };
}

function districtLabel(d: { kind: string; label: string }): string {
  const kind = d.kind === 'federal' ? 'federal' : 'local';
  return d.label.toLowerCase().includes(kind)
    ? d.label
    : `${d.label} (${kind})`;
}

export function optionsOf(request: RequestState<Option[]>): Option[] {
  return request.status === 'success' ? request.data : [];
}

export function loadHint(
  request: RequestState<Option[]>,
  what: string,
): string | null {
  if (request.status === 'loading') return `Cargando ${what}…`;
  if (request.status === 'error') return `No pudimos cargar ${what}.`;
  return null;
}
