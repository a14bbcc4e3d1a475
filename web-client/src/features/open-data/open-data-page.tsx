import { useSearchParams } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import { ProcessSelect } from '../../components/process-select';
import { useProcess, useProcesses } from '../../lib/processes-context';
import { DictionarySection } from './dictionary-section';
import { DownloadsSection } from './downloads-section';
import { apiDocsLinks } from './export-links';

export function OpenDataPage() {
  const [params, setParams] = useSearchParams();
  const process = params.get('process')?.trim() ?? '';
  const processes = useProcesses();
  const chosen = useProcess(process);
  // A key no process has would only give links the API rejects.
  const unknown = process !== '' && processes.status === 'success' && !chosen;
  const offered = unknown ? '' : process;
  const chooseProcess = (value: string) =>
    setParams(value ? { process: value } : {}, { replace: true });

  return (
    <>
      <title>Datos abiertos · Conóceles</title>
      <DemoBanner processKey={offered || null} />
      <h1>Datos abiertos</h1>
      <p className="lead">
        Descarga las candidaturas publicadas y sus cuestionarios para
        analizarlos o reutilizarlos, sin registro.
      </p>
      <div className="home-process">
        <ProcessSelect
          id="open-data-process"
          value={offered}
          onChange={chooseProcess}
        />
      </div>
      {unknown && <UnknownProcess process={process} />}
      <DownloadsSection
        process={offered}
        processName={chosen?.name ?? (offered || 'todos los procesos')}
      />
      <DictionarySection />
      <section className="open-data-section" aria-labelledby="api-title">
        <h2 id="api-title">API</h2>
        <p>
          Las mismas cifras y candidaturas se consultan en la API pública, que
          responde en JSON.
        </p>
        <ul className="download-list">
          {apiDocsLinks.map((link) => (
            <li key={link.label}>
              <a href={link.href()}>{link.label}</a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

function UnknownProcess({ process }: { process: string }) {
  return (
    <div className="notice notice-warning" role="status">
      <p className="notice-title">
        No existe el proceso electoral «{process}».
      </p>
      <p>
        Abajo están las descargas de todos los procesos. Para descargar solo
        uno, elígelo en la lista.
      </p>
    </div>
  );
}
