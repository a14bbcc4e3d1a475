// The Spanish names of the API's query parameters, as the forms label them,
// so a rejected request can say which filter to fix.
const paramLabels: Record<string, string> = {
  process: 'Proceso electoral',
  q: 'Nombre de la persona candidata',
  office: 'Cargo',
  principle: 'Principio',
  state: 'Estado',
  municipality: 'Municipio o alcaldía',
  district: 'Distrito',
  actor: 'Partido, coalición o candidatura independiente',
  role: 'Calidad en la fórmula',
  sex: 'Sexo',
  ageMin: 'Edad mínima',
  ageMax: 'Edad máxima',
  education: 'Grado máximo de estudios',
  affirmativeAction: 'Acción afirmativa',
  status: 'Situación de la candidatura',
  sort: 'Ordenar por',
  page: 'Página',
  pageSize: 'Resultados por página',
  ids: 'Candidaturas por comparar',
  layout: 'Formato',
};

export function paramLabel(name: string): string {
  return paramLabels[name] ?? name;
}
