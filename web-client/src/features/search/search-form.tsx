import { useEffect, useState, type FormEvent } from 'react';
import { useProcesses } from '../../lib/processes-context';
import type { SearchState } from './use-search-state';

type Props = {
  state: SearchState;
  onSearch: (next: SearchState) => void;
};

export function SearchForm({ state, onSearch }: Props) {
  const [q, setQ] = useState(state.q);
  useEffect(() => setQ(state.q), [state.q]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...state, q: q.trim(), page: 1 });
  };

  return (
    <form className="search-form" role="search" onSubmit={submit}>
      <ProcessSelect
        value={state.process}
        onChange={(process) => onSearch({ process, q: q.trim(), page: 1 })}
      />
      <div className="form-field">
        <label htmlFor="search-q">Nombre de la persona candidata</label>
        <input
          id="search-q"
          name="q"
          type="search"
          value={q}
          onChange={(event) => setQ(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="search-q-hint"
        />
        <p id="search-q-hint" className="hint">
          No importan los acentos, las mayúsculas ni el orden de nombres y
          apellidos.
        </p>
      </div>
      <button type="submit">Buscar</button>
    </form>
  );
}

type SelectProps = { value: string; onChange: (value: string) => void };

function ProcessSelect({ value, onChange }: SelectProps) {
  const processes = useProcesses();
  const items = processes.status === 'success' ? processes.data : [];
  const unknown = value !== '' && !items.some((p) => p.key === value);
  return (
    <div className="form-field">
      <label htmlFor="search-process">Proceso electoral</label>
      <select
        id="search-process"
        name="process"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        <option value="">Todos los procesos</option>
        {items.map((process) => (
          <option key={process.id} value={process.key}>
            {process.name}
          </option>
        ))}
        {unknown && <option value={value}>{value}</option>}
      </select>
      {processes.status === 'error' && (
        <p className="hint hint-error">
          No pudimos cargar la lista de procesos electorales.
        </p>
      )}
    </div>
  );
}
