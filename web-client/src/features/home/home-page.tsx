import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { DemoBanner } from '../../components/demo-banner';
import { PlaceForm } from '../../components/place-form';
import { ProcessSelect } from '../../components/process-select';

export function HomePage() {
  const [params, setParams] = useSearchParams();
  const process = params.get('process')?.trim() ?? '';
  const navigate = useNavigate();
  const [q, setQ] = useState('');

  const search = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (process) next.set('process', process);
    if (q.trim()) next.set('q', q.trim());
    navigate(`/buscar?${next}`);
  };
  const chooseProcess = (value: string) =>
    setParams(value ? { process: value } : {}, { replace: true });

  return (
    <>
      <title>Conóceles: quiénes son y qué proponen</title>
      <DemoBanner processKey={process || null} />
      <h1>Conoce a tus candidatas y candidatos</h1>
      <p className="lead">
        Antes de votar, consulta quiénes son, su trayectoria y qué proponen.
      </p>
      <div className="home-process">
        <ProcessSelect
          id="home-process"
          value={process}
          onChange={chooseProcess}
        />
      </div>
      <section className="home-card" aria-labelledby="home-name">
        <h2 id="home-name">Buscar por nombre</h2>
        <form className="name-form" role="search" onSubmit={search}>
          <div className="form-field">
            <label htmlFor="home-q">Nombre de la persona candidata</label>
            <input
              id="home-q"
              type="search"
              value={q}
              onChange={(event) => setQ(event.target.value)}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="home-q-hint"
            />
            <p id="home-q-hint" className="hint">
              No importan los acentos, las mayúsculas ni el orden de nombres y
              apellidos.
            </p>
          </div>
          <button type="submit">Buscar</button>
        </form>
      </section>
      <section className="home-card" aria-labelledby="home-ballot">
        <h2 id="home-ballot">¿Quién aparece en mi boleta?</h2>
        <p>
          Elige dónde votas y te mostramos los cargos en disputa con sus
          candidaturas, en el orden de la boleta.
        </p>
        <PlaceForm
          initial={{ process, state: '', municipality: '', district: '' }}
        />
      </section>
    </>
  );
}
