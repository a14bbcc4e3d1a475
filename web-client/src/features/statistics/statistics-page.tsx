import { DemoBanner } from '../../components/demo-banner';
import { useProcess } from '../../lib/processes-context';
import { useRequest } from '../../lib/use-request';
import { getStatistics } from './api/get-statistics';
import { StatisticsForm } from './statistics-form';
import { StatisticsResults } from './statistics-results';
import { toFilterParams, useStatisticsFilters } from './use-statistics-filters';

export function StatisticsPage() {
  const [filters, setFilters] = useStatisticsFilters();
  const process = useProcess(filters.process);
  const query = toFilterParams(filters);
  const request = useRequest(`statistics|${query}`, (signal) =>
    getStatistics(Object.fromEntries(query), signal),
  );

  return (
    <>
      <title>Estadísticas · Conóceles</title>
      <DemoBanner processKey={filters.process || null} />
      <h1>Estadísticas de las candidaturas</h1>
      <p className="lead">
        Cuántas candidaturas han capturado y publicado sus cuestionarios, y
        quiénes son: sexo, edad, estudios, ingresos y grupos en situación de
        discriminación. Cada gráfica va seguida de una tabla con los mismos
        números.
      </p>
      <StatisticsForm filters={filters} onApply={setFilters} />
      <p className="stat-scope">
        {process?.name ?? (filters.process || 'Todos los procesos electorales')}
      </p>
      <StatisticsResults
        request={request}
        process={filters.process}
        onRetry={request.retry}
      />
    </>
  );
}
