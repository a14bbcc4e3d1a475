import { buildApiUrl } from '../../lib/api/client';

export type Layout = 'conoceles' | 'ine';

export type ExportLink = {
  key: string;
  label: string;
  detail: string;
  href: string;
};

const exportsPath = '/api/v1/exports';

function exportUrl(file: string, process: string, layout?: Layout): string {
  return buildApiUrl(`${exportsPath}/${file}`, {
    process,
    layout: layout === 'ine' ? 'ine' : undefined,
  });
}

// Every file of one layout, for one process or (empty) for all of them.
export function exportLinks(layout: Layout, process: string): ExportLink[] {
  const name = layout === 'ine' ? 'formato del INE' : 'formato Conóceles';
  const at = (file: string) => exportUrl(file, process, layout);
  const links: ExportLink[] = [
    {
      key: 'csv',
      label: `CSV (${name})`,
      detail: 'UTF-8 con BOM: Excel muestra bien los acentos.',
      href: at('candidacies.csv'),
    },
    {
      key: 'xlsx',
      label: `Excel (${name})`,
      detail:
        layout === 'ine'
          ? 'Dos hojas: CANDIDATOS y CUESTIONARIO IDENTIDAD.'
          : 'Una hoja con todas las columnas.',
      href: at('candidacies.xlsx'),
    },
    {
      key: 'json',
      label: `JSON (${name})`,
      detail: 'Un arreglo de objetos; las listas son arreglos.',
      href: at('candidacies.json'),
    },
    {
      key: 'ndjson',
      label: `NDJSON (${name})`,
      detail: 'Un objeto JSON por línea, para leerlo por partes.',
      href: at('candidacies.ndjson'),
    },
  ];
  if (layout === 'ine') {
    links.splice(1, 0, {
      key: 'identity-csv',
      label: 'CSV del cuestionario de identidad (formato del INE)',
      detail: 'Solo las respuestas autorizadas para publicarse.',
      href: exportUrl('candidacies-identity.csv', process),
    });
  }
  return links;
}

export function dataPackageUrl(process: string): string {
  return buildApiUrl(`${exportsPath}/datapackage.json`, { process });
}

export const apiDocsLinks = [
  {
    label: 'Documentación interactiva de la API (Swagger UI)',
    href: () => buildApiUrl('/swagger/index.html'),
  },
  {
    label: 'Documento OpenAPI (JSON)',
    href: () => buildApiUrl('/openapi/v1.json'),
  },
  {
    label: 'Documento OpenAPI (YAML)',
    href: () => buildApiUrl('/openapi/v1.yaml'),
  },
];
