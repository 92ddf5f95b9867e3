import { useEffect } from 'react';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;

/** Locks the screen after `minutes` without keyboard or pointer activity (a shared desk PC). */
export function useIdleLock(isActive: boolean, minutes: number, onIdle: () => void): void {
  useEffect(() => {
    if (!isActive) return;
    let timer = window.setTimeout(onIdle, minutes * 60_000);
    const reset = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(onIdle, minutes * 60_000);
    };
    for (const name of ACTIVITY) window.addEventListener(name, reset, { passive: true });
    return () => {
      window.clearTimeout(timer);
      for (const name of ACTIVITY) window.removeEventListener(name, reset);
    };
  }, [isActive, minutes, onIdle]);
}
