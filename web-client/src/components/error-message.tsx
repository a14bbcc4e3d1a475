import { Link } from 'react-router-dom';
import { isApiError } from '../lib/api/api-error';
import { paramLabel } from '../lib/param-labels';

type Props = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  // Where the page starts over without filters; offered for a rejected query.
  clearHref?: string;
};

// The API explains its errors in English for developers; citizens read a
// Spanish explanation instead. Retrying a rejected query is pointless.
export function ErrorMessage({ error, title, onRetry, clearHref }: Props) {
  const rejected = isApiError(error) && error.isBadRequest;
  const invalid = rejected ? error.invalidParams.map(paramLabel) : [];
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? 'Algo salió mal'}</p>
      <p>{explain(error, invalid.length)}</p>
      {invalid.length > 0 && (
        <ul>
          {invalid.map((label) => (
            <li key={label}>{label}</li>
          ))}
        </ul>
      )}
      {rejected && (
        <p>
          Revisa los valores elegidos o quita los filtros y vuelve a empezar.
        </p>
      )}
      {rejected && clearHref && (
        <Link className="action-link" to={clearHref}>
          Quitar los filtros
        </Link>
      )}
      {!rejected && onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Intentar de nuevo
        </button>
      )}
    </div>
  );
}

// Clearing keeps the chosen process, unless the process is what was rejected.
export function clearHref(path: string, process: string, error: unknown) {
  const badProcess =
    isApiError(error) && error.invalidParams.includes('process');
  return process && !badProcess
    ? `${path}?process=${encodeURIComponent(process)}`
    : path;
}

function explain(error: unknown, invalidCount: number): string {
  if (!isApiError(error)) return 'Ocurrió un error inesperado.';
  if (error.kind === 'network') {
    return 'No pudimos conectarnos con el servidor. Revisa tu conexión.';
  }
  if (error.kind === 'invalid-response') {
    return 'El servidor envió una respuesta que no pudimos leer.';
  }
  if (error.status === 400) {
    if (invalidCount === 1) return 'Este filtro no es válido:';
    if (invalidCount > 1) return 'Estos filtros no son válidos:';
    return 'Algún dato de la consulta no es válido.';
  }
  if (error.status === 404) return 'No encontramos lo que buscas.';
  if (error.status === 429) {
    return 'Hiciste muchas consultas seguidas. Espera un momento.';
  }
  if (error.status >= 500) {
    return 'El servicio no está disponible por ahora. Inténtalo más tarde.';
  }
  return `El servidor respondió con un error (${error.status}).`;
}
