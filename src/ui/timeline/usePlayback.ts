// The clock behind Play: one micro-step per tick at the chosen speed,
// stopping at the end. The store only holds playing/speed.
import { useEffect } from 'react';
import { labStore, useLab } from '../../store/index.ts';

export function usePlayback(): void {
  const playing = useLab((s) => s.playing);
  const speed = useLab((s) => s.speed);
  useEffect(() => {
    if (!playing) return;
    const id = setInterval(() => {
      const s = labStore.getState();
      if (s.target() >= s.total) s.pause();
      else s.stepMicro(1);
    }, 1000 / speed);
    return () => clearInterval(id);
  }, [playing, speed]);
}
