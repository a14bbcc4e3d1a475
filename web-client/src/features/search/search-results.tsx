import { Link } from 'react-router-dom';
import { clearHref, ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { Pagination } from '../../components/pagination';
import { formatCount, formatNumber } from '../../lib/format';
import type { RequestState } from '../../lib/use-request';
import type { CandidacyPage } from '../../types/api';
import { ResultItem } from './result-item';
import {
  hasAdvancedFilters,
  toQueryString,
  type SearchState,
} from './use-search-state';

type Props = {
  state: SearchState;
  request: RequestState<CandidacyPage>;
  onRetry: () => void;
};

export function SearchResults({ state, request, onRetry }: Props) {
  if (request.status === 'loading') {
    return <Loading text="Buscando candidaturas…" />;
  }
  if (request.status === 'error') {
    return (
      <ErrorMessage
        title="No pudimos hacer la búsqueda"
        error={request.error}
        onRetry={onRetry}
        clearHref={clearHref('/buscar', state.process, request.error)}
      />
    );
  }
  const { items, total, page, pageSize } = request.data;
  if (total === 0) return <NoMatch state={state} />;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  if (items.length === 0) return <PastTheEnd state={state} />;
  const first = (page - 1) * pageSize + 1;
  return (
    <section className="results" aria-labelledby="results-title">
      <h2 id="results-title">Resultados</h2>
      <p role="status" className="results-count">
        {formatCount(total, 'resultado', 'resultados')}
        {pageCount > 1 &&
          ` · del ${formatNumber(first)} al ` +
            formatNumber(first + items.length - 1)}
      </p>
      <ol className="result-list" start={first}>
        {items.map((item) => (
          <ResultItem key={item.id} item={item} />
        ))}
      </ol>
      <Pagination
        page={page}
        pageCount={pageCount}
        hrefFor={(n) => toQueryString({ ...state, page: n })}
      />
    </section>
  );
}

// "Nothing matches" is told apart from "nothing published yet".
function NoMatch({ state }: { state: SearchState }) {
  const filtered = hasAdvancedFilters(state);
  const title = state.q
    ? `No encontramos candidaturas con el nombre «${state.q}».`
    : filtered
      ? 'Ninguna candidatura coincide con los filtros que elegiste.'
      : 'Este proceso todavía no tiene candidaturas publicadas.';
  return (
    <div className="notice" role="status">
      <p className="notice-title">{title}</p>
      {(state.q || filtered) && (
        <p>
          Revisa cómo está escrito, prueba solo con un apellido, quita algún
          filtro o elige “Todos los procesos”.
        </p>
      )}
    </div>
  );
}

function PastTheEnd({ state }: { state: SearchState }) {
  return (
    <div className="notice" role="status">
      <p className="notice-title">Esta página ya no tiene resultados.</p>
      <Link to={toQueryString({ ...state, page: 1 })}>
        Ir a la primera página
      </Link>
    </div>
  );
}
