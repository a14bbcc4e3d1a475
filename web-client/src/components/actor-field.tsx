import type { Option } from '../lib/catalogs-context';
import { loadHint, optionsOf } from '../lib/use-geography';
import type { RequestState } from '../lib/use-request';
import { SelectField } from './select-field';

type Props = {
  id: string;
  value: string;
  onChange: (value: string) => void;
  // The chosen process; the actors belong to one, so the field waits for it.
  process: string;
  actors: RequestState<Option[]>;
};

export function ActorField({ process, actors, ...field }: Props) {
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
