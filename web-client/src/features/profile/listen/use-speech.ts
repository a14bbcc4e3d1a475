import { useCallback, useEffect, useRef, useState } from 'react';

export type SpeechState = 'idle' | 'speaking' | 'paused';

export function speechSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    'speechSynthesis' in window &&
    typeof window.SpeechSynthesisUtterance === 'function'
  );
}

function spanishVoice(voices: SpeechSynthesisVoice[]) {
  return (
    voices.find((v) => v.lang === 'es-MX') ??
    voices.find((v) => v.lang.toLowerCase().startsWith('es'))
  );
}

// Reads a list of short texts in order. Short pieces matter: some browsers
// stop a single long utterance after a few seconds.
export function useSpeech() {
  const supported = speechSupported();
  const [state, setState] = useState<SpeechState>('idle');
  const run = useRef(0);

  useEffect(() => {
    if (!supported) return;
    return () => {
      run.current += 1;
      if (speechSupported()) window.speechSynthesis.cancel();
    };
  }, [supported]);

  const speak = useCallback((pieces: string[]) => {
    const synth = window.speechSynthesis;
    const current = ++run.current;
    synth.cancel();
    const voice = spanishVoice(synth.getVoices());
    const finish = () => {
      if (run.current === current) setState('idle');
    };
    pieces.forEach((text, index) => {
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'es-MX';
      if (voice) utterance.voice = voice;
      if (index === pieces.length - 1) utterance.onend = finish;
      utterance.onerror = finish;
      synth.speak(utterance);
    });
    setState('speaking');
  }, []);

  const pause = useCallback(() => {
    window.speechSynthesis.pause();
    setState('paused');
  }, []);

  const resume = useCallback(() => {
    window.speechSynthesis.resume();
    setState('speaking');
  }, []);

  const stop = useCallback(() => {
    run.current += 1;
    window.speechSynthesis.cancel();
    setState('idle');
  }, []);

  return { supported, state, speak, pause, resume, stop };
}
