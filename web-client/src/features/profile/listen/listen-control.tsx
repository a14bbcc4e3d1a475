import { useRef } from 'react';
import { useSpeech } from './use-speech';

type Props = { pieces: () => string[] };

const statusText = {
  idle: '',
  speaking: 'Leyendo el perfil en voz alta.',
  paused: 'Lectura en pausa.',
};

export function ListenControl({ pieces }: Props) {
  const speech = useSpeech();
  const main = useRef<HTMLButtonElement>(null);

  if (!speech.supported) {
    return (
      <div className="listen">
        <button
          type="button"
          className="button-secondary"
          disabled
          aria-describedby="listen-unavailable"
        >
          Escuchar
        </button>
        <p id="listen-unavailable" className="hint">
          Tu navegador no puede leer el perfil en voz alta.
        </p>
      </div>
    );
  }

  const onMain = () => {
    if (speech.state === 'idle') speech.speak(pieces());
    else if (speech.state === 'speaking') speech.pause();
    else speech.resume();
  };
  const onStop = () => {
    speech.stop();
    main.current?.focus();
  };
  const mainLabel = {
    idle: 'Escuchar',
    speaking: 'Pausar',
    paused: 'Continuar',
  }[speech.state];

  return (
    <div className="listen" role="group" aria-label="Lectura en voz alta">
      <button
        ref={main}
        type="button"
        className="button-secondary"
        onClick={onMain}
      >
        {mainLabel}
      </button>
      <button
        type="button"
        className="button-secondary"
        onClick={onStop}
        disabled={speech.state === 'idle'}
      >
        Detener
      </button>
      <p role="status" className="visually-hidden">
        {statusText[speech.state]}
      </p>
    </div>
  );
}
