import { useCallback, useState } from 'react';

/** Runs one action of a panel: its Vietnamese outcome (done or the error) and a version to reload lists. */
export function useAction() {
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);
  const [version, setVersion] = useState(0);
  const run = useCallback(async (action: () => Promise<unknown>, done: string): Promise<boolean> => {
    try {
      await action();
      setMessage({ text: done, isError: false });
      setVersion((v) => v + 1);
      return true;
    } catch (reason) {
      setMessage({ text: (reason as Error).message, isError: true });
      return false;
    }
  }, []);
  return { message, version, run };
}
