import { DemoBanner } from '../../components/demo-banner';
import { searchPageSize } from '../../config/env';
import { useRequest } from '../../lib/use-request';
import { listCandidacies } from './api/list-candidacies';
import { SearchForm } from './search-form';
import { SearchResults } from './search-results';
import { useSearchState } from './use-search-state';

export function SearchPage() {
  const [state, setState] = useSearchState();
  const request = useRequest(
    `${state.process}|${state.q}|${state.page}`,
    (signal) =>
      listCandidacies(
        {
          process: state.process || undefined,
          q: state.q || undefined,
          page: state.page,
          pageSize: searchPageSize,
        },
        signal,
      ),
  );
  const title = state.q ? `«${state.q}» · Buscar` : 'Buscar candidaturas';

  return (
    <>
      <title>{`${title} · Conóceles`}</title>
      <DemoBanner processKey={state.process || null} />
      <h1>Conoce a tus candidatas y candidatos</h1>
      <p className="lead">
        Busca por nombre y consulta su trayectoria, sus propuestas y sus datos
        de contacto.
      </p>
      <SearchForm state={state} onSearch={setState} />
      <SearchResults state={state} request={request} onRetry={request.retry} />
    </>
  );
}
