import { dataPackageUrl, exportLinks, type Layout } from './export-links';

type Props = { process: string; processName: string };

const layouts: { layout: Layout; title: string; text: string }[] = [
  {
    layout: 'conoceles',
    title: 'Formato Conóceles',
    text:
      'Todas las columnas publicadas, con los códigos de la API. Varios ' +
      'valores en una celda se separan con « | ».',
  },
  {
    layout: 'ine',
    title: 'Formato del INE',
    text:
      'Las columnas y los valores como los publica el INE, para los ' +
      'programas que ya leen sus archivos. Varios valores se separan con «, ».',
  },
];

export function DownloadsSection({ process, processName }: Props) {
  return (
    <section className="open-data-section" aria-labelledby="downloads-title">
      <h2 id="downloads-title">Descargas</h2>
      <p>
        Candidaturas publicadas de: <strong>{processName}</strong>. Las
        respuestas del cuestionario de identidad aparecen solo cuando la persona
        autorizó publicarlas.
      </p>
      {layouts.map(({ layout, title, text }) => (
        <div key={layout} className="download-group">
          <h3>{title}</h3>
          <p className="hint">{text}</p>
          <ul className="download-list">
            {exportLinks(layout, process).map((link) => (
              <li key={link.key}>
                <a href={link.href} download>
                  {link.label}
                </a>{' '}
                <span className="hint">{link.detail}</span>
              </li>
            ))}
          </ul>
        </div>
      ))}
      <p>
        <a href={dataPackageUrl(process)}>
          Paquete de datos (datapackage.json)
        </a>
        : describe los archivos CSV y sus columnas en el formato Frictionless
        Data Package.
      </p>
    </section>
  );
}
