import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { loadHint, optionsOf, usePlaceOptions } from '../lib/use-geography';
import { ProcessSelect } from './process-select';
import { SelectField } from './select-field';

export type Place = {
  process: string;
  state: string;
  municipality: string;
  district: string;
};

type Props = {
  initial: Place;
  // Given on pages without their own process choice.
  withProcess?: boolean;
};

type By = 'municipality' | 'district';

export function ballotPath(place: Place): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(place)) {
    if (value) params.set(name, value);
  }
  return `/boleta?${params}`;
}

// State first, then the municipality or the district: the answer is every
// contest on that place's ballot.
export function PlaceForm({ initial, withProcess }: Props) {
  const navigate = useNavigate();
  const [process, setProcess] = useState(initial.process);
  const [state, setState] = useState(initial.state);
  const [by, setBy] = useState<By>(
    initial.district ? 'district' : 'municipality',
  );
  const [place, setPlace] = useState(initial.district || initial.municipality);
  const [missing, setMissing] = useState(false);
  const placeRef = useRef<HTMLDivElement>(null);
  const options = usePlaceOptions(process, state);
  useEffect(() => setProcess(initial.process), [initial.process]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!state || !place) {
      setMissing(true);
      placeRef.current
        ?.querySelector<HTMLSelectElement>('select:not(:disabled)')
        ?.focus();
      return;
    }
    navigate(
      ballotPath({
        process,
        state,
        municipality: by === 'municipality' ? place : '',
        district: by === 'district' ? place : '',
      }),
    );
  };
  const list =
    by === 'municipality' ? options.municipalities : options.districts;
  const what = by === 'municipality' ? 'los municipios' : 'los distritos';

  return (
    <form className="place-form" onSubmit={submit} noValidate>
      {withProcess && (
        <ProcessSelect
          id="place-process"
          value={process}
          onChange={(value) => {
            setProcess(value);
            setState('');
            setPlace('');
          }}
        />
      )}
      <div ref={placeRef} className="place-fields">
        <SelectField
          id="place-state"
          label="Estado"
          value={state}
          emptyLabel="Elige tu estado"
          options={optionsOf(options.states)}
          hint={
            missing && !state
              ? 'Elige tu estado para continuar.'
              : loadHint(options.states, 'los estados')
          }
          onChange={(value) => {
            setState(value);
            setPlace('');
          }}
        />
        <fieldset className="place-by" disabled={!state}>
          <legend>Buscar por</legend>
          <label>
            <input
              type="radio"
              name="place-by"
              checked={by === 'municipality'}
              onChange={() => {
                setBy('municipality');
                setPlace('');
              }}
            />{' '}
            Municipio
          </label>
          <label>
            <input
              type="radio"
              name="place-by"
              checked={by === 'district'}
              onChange={() => {
                setBy('district');
                setPlace('');
              }}
            />{' '}
            Distrito electoral
          </label>
        </fieldset>
        <SelectField
          id="place-area"
          label={by === 'municipality' ? 'Municipio o alcaldía' : 'Distrito'}
          value={place}
          emptyLabel={
            by === 'municipality' ? 'Elige tu municipio' : 'Elige tu distrito'
          }
          options={optionsOf(list)}
          disabled={!state}
          hint={
            !state
              ? 'Elige antes un estado.'
              : missing && !place
                ? 'Elige una opción para continuar.'
                : (loadHint(list, what) ??
                  (by === 'district'
                    ? 'Tu distrito aparece en tu credencial para votar.'
                    : null))
          }
          onChange={setPlace}
        />
      </div>
      <button type="submit">Ver mi boleta</button>
    </form>
  );
}
