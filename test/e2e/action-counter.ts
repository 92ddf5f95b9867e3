import type { Locator, Page } from '@playwright/test';

/** Gaps a keyboard-mode USB scanner leaves between keys (real ones: 2–20 ms). */
export const SCANNER_DELAY_MS = 4;

/**
 * Drives the page like an officer and counts what it costs: clicks, keys (every character typed into an
 * identity field counts as a key) and scans; the content of the matter is counted apart, since every
 * scenario types the same content whatever the identity input.
 */
export class ActionCounter {
  clicks = 0;
  keys = 0;
  scans = 0;
  contentKeys = 0;

  constructor(private readonly page: Page) {}

  get actions(): number {
    return this.clicks + this.keys + this.scans;
  }

  async click(target: Locator): Promise<void> {
    this.clicks += 1;
    await target.click();
  }

  /** Clicking a drop-down open and picking an option: two actions. */
  async choose(select: Locator, label: string): Promise<void> {
    this.clicks += 2;
    await select.selectOption({ label });
  }

  async press(key: string): Promise<void> {
    this.keys += 1;
    await this.page.keyboard.press(key);
  }

  async type(text: string): Promise<void> {
    this.keys += [...text].length;
    await this.page.keyboard.type(text);
  }

  async typeContent(text: string): Promise<void> {
    this.contentKeys += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** A card held under the scanner: its payload in a burst ending with Enter. */
  async scan(payload: string): Promise<void> {
    this.scans += 1;
    await scannerBurst(this.page, payload);
  }

  summary(): string {
    return `${this.actions} thao tác (${this.scans} quét, ${this.clicks} nhấp, ${this.keys} phím) + ${this.contentKeys} phím nội dung`;
  }
}

/**
 * What a keyboard-mode scanner sends: the payload key by key, a few milliseconds apart, then Enter. The
 * keys go straight to the browser over CDP, stamped SCANNER_DELAY_MS apart and sent without waiting for
 * the page between them, as a scanner does (page.keyboard waits for each key to be handled, so on a
 * loaded machine its gaps grow with the page's own work, which no scanner's do).
 */
export async function scannerBurst(page: Page, payload: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const keys = [...payload].map((char, index) => ({ char, at: start + (index * SCANNER_DELAY_MS) / 1000 }));
  const enterAt = start + (keys.length * SCANNER_DELAY_MS) / 1000;
  await Promise.all([
    ...keys.flatMap(({ char, at }) => [
      cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', key: char, text: char, timestamp: at }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: char, timestamp: at }),
    ]),
    cdp.send('Input.dispatchKeyEvent', {
      type: 'keyDown',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      text: '\r',
      timestamp: enterAt,
    }),
    cdp.send('Input.dispatchKeyEvent', {
      type: 'keyUp',
      key: 'Enter',
      code: 'Enter',
      windowsVirtualKeyCode: 13,
      timestamp: enterAt,
    }),
  ]);
  await cdp.detach();
}
