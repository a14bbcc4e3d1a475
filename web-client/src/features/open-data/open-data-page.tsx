import { useSearchParams } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import { ProcessSelect } from '../../components/process-select';
import { useProcess } from '../../lib/processes-context';
import { DictionarySection } from './dictionary-section';
import { DownloadsSection } from './downloads-section';
import { apiDocsLinks } from './export-links';

export function OpenDataPage() {
  const [params, setParams] = useSearchParams();
  const process = params.get('process')?.trim() ?? '';
  const chosen = useProcess(process);
  const chooseProcess = (value: string) =>
    setParams(value ? { process: value } : {}, { replace: true });

  return (
    <>
      <title>Datos abiertos · Conóceles</title>
      <DemoBanner processKey={process || null} />
      <h1>Datos abiertos</h1>
      <p className="lead">
        Descarga las candidaturas publicadas y sus cuestionarios para
        analizarlos o reutilizarlos, sin registro.
      </p>
      <div className="home-process">
        <ProcessSelect
          id="open-data-process"
          value={process}
          onChange={chooseProcess}
        />
      </div>
      <DownloadsSection
        process={process}
        processName={chosen?.name ?? (process || 'todos los procesos')}
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
