import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { actorName, comparePath } from '../../lib/candidacy-text';
import type { Contest } from '../../types/api';
import { maxCompared } from './use-comparison';

type Props = { contest: Contest; chosen: string[] };

export function ContestPicker({ contest, chosen }: Props) {
  const navigate = useNavigate();
  const [draft, setDraft] = useState(chosen);
  const [error, setError] = useState(false);
  const chosenKey = chosen.join(',');
  useEffect(() => setDraft(chosenKey.split(',').filter(Boolean)), [chosenKey]);

  if (contest.candidacies.length < 2) return null;
  const toggle = (id: string, on: boolean) =>
    setDraft((list) => (on ? [...list, id] : list.filter((x) => x !== id)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (draft.length < 2) return setError(true);
    setError(false);
    navigate(comparePath(draft));
  };

  return (
    <form className="compare-picker" onSubmit={submit}>
      <details open={chosen.length < 2}>
        <summary>Elegir con quién comparar</summary>
        <fieldset>
          <legend>Candidaturas de este cargo (de 2 a {maxCompared})</legend>
          {contest.candidacies.map((item) => {
            const checked = draft.includes(item.id);
            return (
              <label key={item.id} className="picker-option">
                <input
                  type="checkbox"
                  checked={checked}
                  disabled={!checked && draft.length >= maxCompared}
                  onChange={(e) => toggle(item.id, e.target.checked)}
                />{' '}
                {item.name}{' '}
                <span className="result-meta">· {actorName(item.actor)}</span>
              </label>
            );
          })}
        </fieldset>
        {error && (
          <p className="hint hint-error" role="alert">
            Marca al menos dos candidaturas.
          </p>
        )}
        <button type="submit">Comparar</button>
      </details>
    </form>
  );
}
