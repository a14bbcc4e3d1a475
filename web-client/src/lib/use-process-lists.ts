import type { Option } from './catalogs-context';
import { actorName } from './candidacy-text';
import { useRequest, type RequestState } from './use-request';
import { getOffices, getPoliticalActors } from './api/get-process-lists';

const none: RequestState<Option[]> = { status: 'success', data: [] };

// Offices and political actors exist per process: without one, none load.
export function useProcessLists(process: string) {
  const offices = useRequest(`offices|${process}`, async (signal) => {
    if (!process) return [];
    const list = await getOffices(process, signal);
    return list.items.map((o) => ({ value: o.code, label: o.label }));
  });
  const actors = useRequest(`actors|${process}`, async (signal) => {
    if (!process) return [];
    const list = await getPoliticalActors(process, signal);
    return [...list.items]
      .sort((a, b) => (a.ballotOrder ?? 1e9) - (b.ballotOrder ?? 1e9))
      .map((a) => ({ value: a.id, label: actorName(a) }));
  });
  return {
    offices: process ? offices : none,
    actors: process ? actors : none,
  };
}
