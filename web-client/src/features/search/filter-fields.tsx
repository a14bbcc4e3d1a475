import {
  ActorField,
  OfficeField,
  StateField,
} from '../../components/shared-fields';
import { SelectField } from '../../components/select-field';
import { useCatalogOptions, useLabels } from '../../lib/catalogs-context';
import { loadHint, optionsOf, usePlaceOptions } from '../../lib/use-geography';
import { useProcessLists } from '../../lib/use-process-lists';
import type { FilterName, Filters } from './use-search-state';

type Props = {
  draft: Filters;
  set: (name: FilterName, value: string) => void;
};

// The statuses GET /api/v1/candidacies accepts; published is the default.
const publicStatuses = ['published', 'substituted'];

export function FilterFields({ draft, set }: Props) {
  const label = useLabels();
  const places = usePlaceOptions(draft.process, draft.state);
  const lists = useProcessLists(draft.process);
  const statuses = useCatalogOptions('status').filter(
    (o) => publicStatuses.includes(o.value) && o.value !== 'published',
  );
  const field = (name: FilterName) => ({
    id: `filter-${name}`,
    value: draft[name],
    onChange: (value: string) => set(name, value),
  });
  const noState = draft.state ? null : 'Elige antes un estado.';

  return (
    <div className="filter-grid">
      <OfficeField
        {...field('office')}
        process={draft.process}
        offices={lists.offices}
      />
      <SelectField
        {...field('principle')}
        label="Principio"
        emptyLabel="Los dos principios"
        options={useCatalogOptions('principle')}
      />
      <StateField {...field('state')} states={places.states} />
      <SelectField
        {...field('municipality')}
        label="Municipio o alcaldía"
        emptyLabel="Todos los municipios"
        options={optionsOf(places.municipalities)}
        disabled={!draft.state}
        hint={noState ?? loadHint(places.municipalities, 'los municipios')}
      />
      <SelectField
        {...field('district')}
        label="Distrito"
        emptyLabel="Todos los distritos"
        options={optionsOf(places.districts)}
        disabled={!draft.state}
        hint={noState ?? loadHint(places.districts, 'los distritos')}
      />
      <ActorField
        {...field('actor')}
        process={draft.process}
        actors={lists.actors}
      />
      <SelectField
        {...field('role')}
        label="Calidad en la fórmula"
        emptyLabel="Propietarias, propietarios y suplentes"
        options={useCatalogOptions('role')}
      />
      <SelectField
        {...field('sex')}
        label="Sexo"
        emptyLabel="Todos"
        options={useCatalogOptions('sex')}
      />
      <AgeField {...field('ageMin')} label="Edad mínima" />
      <AgeField {...field('ageMax')} label="Edad máxima" />
      <SelectField
        {...field('education')}
        label="Grado máximo de estudios"
        emptyLabel="Cualquier grado"
        options={useCatalogOptions('education')}
      />
      <SelectField
        {...field('affirmativeAction')}
        label="Acción afirmativa"
        emptyLabel="Con o sin acción afirmativa"
        options={[
          { value: 'true', label: 'Registradas por acción afirmativa' },
          { value: 'false', label: 'Sin acción afirmativa' },
        ]}
      />
      <SelectField
        {...field('status')}
        label="Situación de la candidatura"
        emptyLabel={label('status', 'published') ?? 'Publicada'}
        options={statuses}
      />
    </div>
  );
}

type AgeProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
};

function AgeField({ id, label, value, onChange }: AgeProps) {
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={18}
        max={120}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
