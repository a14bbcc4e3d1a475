import { DemoBanner } from '../../components/demo-banner';
import { searchPageSize } from '../../config/env';
import { useRequest } from '../../lib/use-request';
import { listCandidacies } from './api/list-candidacies';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';
import {
  filterNames,
  requestKey,
  useSearchState,
  type SearchState,
} from './use-search-state';

function toQuery(state: SearchState) {
  const query: Record<string, string | number> = {
    page: state.page,
    pageSize: searchPageSize,
  };
  for (const name of filterNames) if (state[name]) query[name] = state[name];
  return query;
}

export function SearchPage() {
  const [state, setState] = useSearchState();
  const request = useRequest(requestKey(state), (signal) =>
    listCandidacies(toQuery(state), signal),
  );
  const title = state.q ? `«${state.q}» · Buscar` : 'Buscar candidaturas';

  return (
    <>
      <title>{`${title} · Conóceles`}</title>
      <DemoBanner processKey={state.process || null} />
      <h1>Conoce a tus candidatas y candidatos</h1>
      <p className="lead">
        Busca por nombre o con filtros y consulta su trayectoria, sus propuestas
        y sus datos de contacto.
      </p>
      <SearchForm state={state} onSearch={setState} />
      <SearchResults state={state} request={request} onRetry={request.retry} />
    </>
  );
}
