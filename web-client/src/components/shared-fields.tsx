import { useCatalogOptions, type Option } from '../lib/catalogs-context';
import { loadHint, optionsOf } from '../lib/use-geography';
import type { RequestState } from '../lib/use-request';
import { SelectField } from './select-field';

// The filters the search and the statistics forms share, labelled alike.

type FieldProps = {
  id: string;
  value: string;
  onChange: (value: string) => void;
};

type ProcessListProps = FieldProps & {
  // The chosen process; its own lists replace the catalogue once it is chosen.
  process: string;
};

export function OfficeField({
  process,
  offices,
  ...field
}: ProcessListProps & { offices: RequestState<Option[]> }) {
  const catalogOffices = useCatalogOptions('office');
  return (
    <SelectField
      {...field}
      label="Cargo"
      emptyLabel="Todos los cargos"
      options={process ? optionsOf(offices) : catalogOffices}
      hint={loadHint(offices, 'los cargos')}
    />
  );
}

export function ActorField({
  process,
  actors,
  ...field
}: ProcessListProps & { actors: RequestState<Option[]> }) {
  return (
    <SelectField
      {...field}
      label="Partido, coalición o candidatura independiente"
      emptyLabel="Todos"
      options={optionsOf(actors)}
      disabled={!process}
      hint={
        process
          ? loadHint(actors, 'los partidos')
          : 'Elige antes un proceso electoral.'
      }
    />
  );
}

export function StateField({
  states,
  ...field
}: FieldProps & { states: RequestState<Option[]> }) {
  return (
    <SelectField
      {...field}
      label="Estado"
      emptyLabel="Todos los estados"
      options={optionsOf(states)}
      hint={loadHint(states, 'los estados')}
    />
  );
}
