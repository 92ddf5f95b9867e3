import { useCallback, useEffect, useRef, useState } from 'react';
import type { DisplayState } from '../../../../shared/contract/queue';
import { call, getApi } from '../../api/api';
import { announce, browserAudio, type CallEvent, type VoiceSettings } from './announcer';

const SETTINGS_KEY = 'tiepdan.display.voice';

function loadSettings(): VoiceSettings {
  try {
    const stored = JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? '{}') as Partial<VoiceSettings>;
    return { isEnabled: stored.isEnabled ?? true, volume: stored.volume ?? 0.9 };
  } catch {
    return { isEnabled: true, volume: 0.9 };
  }
}

/**
 * The waiting-room screen's state: refreshed on every queue event; each call is flashed and announced
 * one after another (calls arriving together queue up, none is dropped).
 */
export function useDisplay() {
  const [state, setState] = useState<DisplayState | null>(null);
  const [flash, setFlash] = useState<CallEvent | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [settings, setSettings] = useState<VoiceSettings>(loadSettings);
  const settingsRef = useRef(settings);
  const chain = useRef<Promise<unknown>>(Promise.resolve());

  const reload = useCallback(
    () =>
      call('queue:display', {})
        .then((value) => {
          setState(value);
          setError(null);
        })
        .catch((reason: Error) => setError(reason.message)),
    [],
  );

  useEffect(() => {
    settingsRef.current = settings;
    localStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  }, [settings]);

  useEffect(() => {
    void reload();
    const api = getApi();
    const offChanged = api.on('queue:changed', () => void reload());
    const offCalled = api.on('queue:called', (event) => {
      setFlash(event);
      void reload();
      chain.current = chain.current.then(() => announce(event, settingsRef.current, browserAudio()));
    });
    return () => {
      offChanged();
      offCalled();
    };
  }, [reload]);

  return { state, flash, error, settings, setSettings };
}
