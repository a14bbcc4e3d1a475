import {
  ActorField,
  OfficeField,
  StateField,
} from '../../components/shared-fields';
import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ProcessSelect } from '../../components/process-select';
import { usePlaceOptions } from '../../lib/use-geography';
import { useProcessLists } from '../../lib/use-process-lists';
import type {
  StatisticsFilterName,
  StatisticsFilters,
} from './use-statistics-filters';

type Props = {
  filters: StatisticsFilters;
  onApply: (next: StatisticsFilters) => void;
};

// A draft, as in the search: the address and the figures change only on
// "Ver estadísticas".
export function StatisticsForm({ filters, onApply }: Props) {
  const [draft, setDraft] = useState(filters);
  useEffect(() => setDraft(filters), [filters]);
  const lists = useProcessLists(draft.process);
  const places = usePlaceOptions(draft.process, '');

  const set = (name: StatisticsFilterName, value: string) =>
    setDraft((current) =>
      // Offices and actors belong to a process.
      name === 'process'
        ? { ...current, process: value, office: '', actor: '' }
        : { ...current, [name]: value },
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onApply(draft);
  };
  const field = (name: StatisticsFilterName) => ({
    id: `stats-${name}`,
    value: draft[name],
    onChange: (value: string) => set(name, value),
  });
  const filtered = filters.office || filters.actor || filters.state;
  const clearHref = filters.process
    ? `/estadisticas?process=${encodeURIComponent(filters.process)}`
    : '/estadisticas';

  return (
    <form
      className="search-form"
      aria-label="Filtros de las estadísticas"
      onSubmit={submit}
    >
      <div className="filter-grid">
        <ProcessSelect {...field('process')} />
        <OfficeField
          {...field('office')}
          process={draft.process}
          offices={lists.offices}
        />
        <ActorField
          {...field('actor')}
          process={draft.process}
          actors={lists.actors}
        />
        <StateField {...field('state')} states={places.states} />
      </div>
      <div className="search-actions">
        <button type="submit">Ver estadísticas</button>
        {filtered && (
          <Link className="action-link" to={clearHref}>
            Quitar los filtros
          </Link>
        )}
      </div>
    </form>
  );
}
