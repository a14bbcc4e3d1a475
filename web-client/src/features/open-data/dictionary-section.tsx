import { Fragment } from 'react';
import { ErrorMessage } from '../../components/error-message';
import { Loading } from '../../components/loading';
import { TableScroll } from '../../components/table-scroll';
import { useRequest } from '../../lib/use-request';
import type { DictionaryFile } from '../../types/api';
import { getDictionary } from './api/get-dictionary';

const layoutNames: Record<string, string> = {
  conoceles: 'formato Conóceles',
  ine: 'formato del INE',
};

// The API names column types in English; the raw name stays visible for
// those who read the data package or the API.
const typeLabels: Record<string, string | undefined> = {
  string: 'texto',
  integer: 'número entero',
  number: 'número',
  boolean: 'sí/no',
  date: 'fecha',
  datetime: 'fecha y hora',
  list: 'lista',
};

export function DictionarySection() {
  const request = useRequest('dictionary', getDictionary);
  return (
    <section className="open-data-section" aria-labelledby="dictionary-title">
      <h2 id="dictionary-title">Diccionario de datos</h2>
      <p>Cada columna de cada archivo, con su tipo y su significado.</p>
      {request.status === 'loading' && (
        <Loading text="Cargando el diccionario de datos…" />
      )}
      {request.status === 'error' && (
        <ErrorMessage
          title="No pudimos cargar el diccionario de datos"
          error={request.error}
          onRetry={request.retry}
        />
      )}
      {request.status === 'success' &&
        (request.data.items.length === 0 ? (
          <p className="notice" role="status">
            El diccionario de datos está vacío.
          </p>
        ) : (
          request.data.items.map((file) => (
            <DictionaryTable key={`${file.layout}|${file.file}`} file={file} />
          ))
        ))}
    </section>
  );
}

function DictionaryTable({ file }: { file: DictionaryFile }) {
  const layout = layoutNames[file.layout] ?? file.layout;
  const title = `${file.file}, ${layout}`;
  return (
    <div className="dictionary-file">
      <h3>{title}</h3>
      <p className="hint">
        Hoja de Excel «{file.sheet}». Varios valores en una celda se separan con
        «{file.listSeparator}».
      </p>
      <TableScroll label={`columnas de ${title}`}>
        <table className="stat-table dictionary-table">
          <caption>
            Columnas de {file.file} en {layout} (hoja {file.sheet})
          </caption>
          <thead>
            <tr>
              <th scope="col">Columna</th>
              <th scope="col">Tipo</th>
              <th scope="col">Descripción</th>
            </tr>
          </thead>
          <tbody>
            {file.columns.map((column) => (
              <tr key={column.name}>
                <th scope="row">
                  <code>{breakable(column.name)}</code>
                </th>
                <td className="dictionary-type">
                  {typeLabels[column.type]}
                  <code className="dictionary-raw-type">{column.type}</code>
                </td>
                <td>{column.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

// Long column names break after an underscore, never inside a word.
function breakable(name: string) {
  return name.split('_').map((part, index, parts) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          _<wbr />
        </>
      )}
    </Fragment>
  ));
}
