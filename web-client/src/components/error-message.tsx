import { isApiError } from '../lib/api/api-error';

type Props = {
  error: unknown;
  title?: string;
  onRetry?: () => void;
};

export function ErrorMessage({ error, title, onRetry }: Props) {
  const details = isApiError(error) ? error.fieldErrors : [];
  return (
    <div className="notice notice-error" role="alert">
      <p className="notice-title">{title ?? 'Algo salió mal'}</p>
      <p>{explain(error)}</p>
      {details.length > 0 && (
        <ul>
          {details.map((detail) => (
            <li key={detail}>{detail}</li>
          ))}
        </ul>
      )}
      {onRetry && (
        <button type="button" className="button-secondary" onClick={onRetry}>
          Intentar de nuevo
        </button>
      )}
    </div>
  );
}

function explain(error: unknown): string {
  if (!isApiError(error)) return 'Ocurrió un error inesperado.';
  if (error.kind === 'network') {
    return 'No pudimos conectarnos con el servidor. Revisa tu conexión.';
  }
  if (error.kind === 'invalid-response') {
    return 'El servidor envió una respuesta que no pudimos leer.';
  }
  if (error.status === 400) return 'Algún dato de la consulta no es válido.';
  if (error.status === 404) return 'No encontramos lo que buscas.';
  if (error.status === 429) {
    return 'Hiciste muchas consultas seguidas. Espera un momento.';
  }
  if (error.status >= 500) {
    return 'El servicio no está disponible por ahora. Inténtalo más tarde.';
  }
  return `El servidor respondió con un error (${error.status}).`;
}
