import { act, screen, within } from '@testing-library/react';
import { renderRoute } from '../../testing/render-route';

class FakeUtterance {
  text: string;
  lang = '';
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(text: string) {
    this.text = text;
  }
}

function installSpeech() {
  const spoken: FakeUtterance[] = [];
  const synth = {
    speak: vi.fn((u: FakeUtterance) => spoken.push(u)),
    cancel: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    getVoices: () => [],
  };
  Object.assign(window, {
    speechSynthesis: synth,
    SpeechSynthesisUtterance: FakeUtterance,
  });
  return { synth, spoken };
}

afterEach(() => {
  const w = window as unknown as Record<string, unknown>;
  delete w.speechSynthesis;
  delete w.SpeechSynthesisUtterance;
});

describe('Profile "Escuchar"', () => {
  it('reads the profile aloud in Spanish, and pauses and stops', async () => {
    const { synth, spoken } = installSpeech();
    const { user } = renderRoute('/candidaturas/c_ana');
    await screen.findByRole('heading', { level: 1 });
    const controls = within(
      screen.getByRole('group', { name: 'Lectura en voz alta' }),
    );

    await user.click(controls.getByRole('button', { name: 'Escuchar' }));

    const text = spoken.map((u) => u.text);
    expect(text[0]).toBe('ANA LÓPEZ PÉREZ.');
    expect(text).toContain('Propuestas.');
    expect(text).toContain('Propuesta 1: Agua potable en cada colonia.');
    expect(text.indexOf('Formación académica.')).toBeLessThan(
      text.indexOf('Propuestas.'),
    );
    expect(spoken.every((u) => u.lang === 'es-MX')).toBe(true);
    expect(spoken.every((u) => u.text.length <= 220)).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Leyendo el perfil en voz alta.',
    );

    await user.click(controls.getByRole('button', { name: 'Pausar' }));
    expect(synth.pause).toHaveBeenCalled();
    await user.click(controls.getByRole('button', { name: 'Continuar' }));
    expect(synth.resume).toHaveBeenCalled();
    await user.click(controls.getByRole('button', { name: 'Detener' }));
    expect(synth.cancel).toHaveBeenCalled();
    expect(controls.getByRole('button', { name: 'Escuchar' })).toHaveFocus();
    expect(controls.getByRole('button', { name: 'Detener' })).toBeDisabled();
  });

  it('returns to "Escuchar" when the reading ends', async () => {
    const { spoken } = installSpeech();
    const { user } = renderRoute('/candidaturas/c_ana');
    await user.click(await screen.findByRole('button', { name: 'Escuchar' }));

    act(() => spoken.at(-1)?.onend?.());

    expect(screen.getByRole('button', { name: 'Escuchar' })).toBeEnabled();
  });

  it('explains why it cannot read where the browser has no voice', async () => {
    renderRoute('/candidaturas/c_ana');

    const button = await screen.findByRole('button', { name: 'Escuchar' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(
      'Tu navegador no puede leer el perfil en voz alta.',
    );
  });
});
