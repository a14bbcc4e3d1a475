import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { ProcessSelect } from '../../components/process-select';
import { SelectField } from '../../components/select-field';
import { FilterFields } from './filter-fields';
import {
  emptyFilters,
  hasAdvancedFilters,
  type FilterName,
  type Filters,
  type SearchState,
} from './use-search-state';

type Props = {
  state: SearchState;
  onSearch: (next: SearchState) => void;
};

const sortOptions = [
  { value: 'office', label: 'Cargo' },
  { value: 'actor', label: 'Partido, coalición o candidatura' },
  { value: 'age', label: 'Edad, de menor a mayor' },
  { value: '-age', label: 'Edad, de mayor a menor' },
  { value: '-name', label: 'Nombre, de la Z a la A' },
];

// The whole form is a draft: nothing changes in the address (nor in the
// results) until the person presses "Buscar".
export function SearchForm({ state, onSearch }: Props) {
  const [draft, setDraft] = useState<Filters>(state);
  useEffect(() => setDraft(state), [state]);

  const set = (name: FilterName, value: string) =>
    setDraft((current) => withChange(current, name, value));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...trimmed(draft), page: 1 });
  };
  const clearHref = state.process
    ? `/buscar?process=${encodeURIComponent(state.process)}`
    : '/buscar';

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <div className="search-main">
        <ProcessSelect
          id="search-process"
          value={draft.process}
          onChange={(value) => set('process', value)}
        />
        <div className="form-field">
          <label htmlFor="search-q">Nombre de la persona candidata</label>
          <input
            id="search-q"
            name="q"
            type="search"
            value={draft.q}
            onChange={(event) => set('q', event.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-q-hint"
          />
          <p id="search-q-hint" className="hint">
            No importan los acentos, las mayúsculas ni el orden de nombres y
            apellidos.
          </p>
        </div>
      </div>
      <details className="more-filters" open={hasAdvancedFilters(state)}>
        <summary>Más filtros</summary>
        <FilterFields draft={draft} set={set} />
      </details>
      <div className="search-actions">
        <SelectField
          id="search-sort"
          label="Ordenar por"
          value={draft.sort}
          onChange={(value) => set('sort', value)}
          emptyLabel="Nombre, de la A a la Z"
          options={sortOptions}
        />
        <button type="submit">Buscar</button>
        {hasAdvancedFilters(state) && (
          <Link className="action-link" to={clearHref}>
            Quitar los filtros
          </Link>
        )}
      </div>
    </form>
  );
}

// A place or an actor belongs to its parent: changing the parent drops it.
function withChange(current: Filters, name: FilterName, value: string) {
  const next = { ...current, [name]: value };
  if (name === 'process') {
    Object.assign(next, { actor: '', office: '' });
  }
  if (name === 'process' || name === 'state') {
    Object.assign(next, { municipality: '', district: '' });
  }
  return next;
}

function trimmed(filters: Filters): Filters {
  const out = { ...emptyFilters };
  for (const key of Object.keys(out) as FilterName[]) {
    out[key] = filters[key].trim();
  }
  return out;
}
