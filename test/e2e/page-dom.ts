/**
 * The few DOM members the print tests read inside the page. The e2e tsconfig has no DOM library, so
 * functions passed to `evaluate` cast `globalThis` to these (casts vanish when the function is sent).
 */
export interface PageElement {
  scrollWidth: number;
  clientWidth: number;
  textContent: string | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
}

export interface PageWindow {
  getComputedStyle(element: PageElement): { borderBottomStyle: string; fontFamily: string };
  print(): void;
  document: { fonts: { ready: Promise<unknown> } };
}
