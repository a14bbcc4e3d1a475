import { Link } from 'react-router-dom';
import { formatNumber } from '../lib/format';

type Props = {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
};

export function Pagination({ page, pageCount, hrefFor }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label="Páginas de resultados">
      {page > 1 ? (
        <Link to={hrefFor(page - 1)} rel="prev">
          ← Anterior
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
      <span>
        Página {formatNumber(page)} de {formatNumber(pageCount)}
      </span>
      {page < pageCount ? (
        <Link to={hrefFor(page + 1)} rel="next">
          Siguiente →
        </Link>
      ) : (
        <span aria-hidden="true" />
      )}
    </nav>
  );
}
