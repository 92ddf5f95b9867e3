import { useEffect } from 'react';

/**
 * Tells whoever prints the route (main's hidden window, the tests) that the data is in and the fonts are
 * loaded: `data-print-ready="true"` on the root element, or "error" when the document cannot be made.
 */
export function usePrintReady(isReady: boolean, error: string | null): void {
  useEffect(() => {
    const root = document.documentElement;
    let isCurrent = true;
    if (error !== null) root.dataset['printReady'] = 'error';
    else if (isReady) {
      void document.fonts.ready.then(() => {
        if (isCurrent) root.dataset['printReady'] = 'true';
      });
    } else delete root.dataset['printReady'];
    return () => {
      isCurrent = false;
      delete root.dataset['printReady'];
    };
  }, [isReady, error]);
}
