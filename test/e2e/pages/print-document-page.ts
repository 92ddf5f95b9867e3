import { expect, type Page } from '@playwright/test';
import type { RunningHost } from '../host-process';
import type { PageElement, PageWindow } from '../page-dom';
import { flatText, pdfFonts, type PdfFont } from '../pdf-tools';

export interface PrintedPdf {
  pdf: Buffer;
  /** pdftotext -layout, runs of spaces collapsed per line. */
  text: string;
  /** The same text on one line: phrases a paragraph wraps read whole. */
  flat: string;
  fonts: PdfFont[];
}

/** A print route (`/print/<kind>/…`): open it, wait for its ready signal, print it to PDF with Chromium. */
export class PrintDocumentPage {
  constructor(
    private readonly page: Page,
    private readonly host: RunningHost,
  ) {}

  /** Hands the launch token to the page once (kept in its storage, as `npm start` does). */
  async start(): Promise<void> {
    await this.page.goto(this.host.openUrl);
  }

  async open(route: string): Promise<void> {
    await this.page.goto(`${this.host.url}${route.replace(/^\//, '')}`);
    await expect(this.page.locator('html[data-print-ready="true"]')).toBeAttached();
    await this.page.evaluate(() =>
      (globalThis as unknown as PageWindow).document.fonts.ready.then(() => true),
    );
  }

  /** Opens a route expected to refuse, and returns its Vietnamese message. */
  async openExpectingError(route: string): Promise<string> {
    await this.page.goto(`${this.host.url}${route.replace(/^\//, '')}`);
    await expect(this.page.locator('html[data-print-ready="error"]')).toBeAttached();
    return (await this.page.getByRole('alert').first().textContent()) ?? '';
  }

  get sheet() {
    return this.page.locator('article.sheet');
  }

  get toolbar() {
    return this.page.getByRole('toolbar', { name: 'In giấy tờ' });
  }

  /** Prints with Chromium (the page's own @page size and margins) and reads the PDF back. */
  async printToPdf(): Promise<PrintedPdf> {
    const pdf = await this.page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = flatText(pdf);
    return { pdf, text, flat: text.replace(/\s+/g, ' '), fonts: pdfFonts(pdf) };
  }

  /** The header's two blocks: agency (left) and national motto (right), and the motto's underline. */
  async headerGeometry() {
    const agency = await this.sheet.locator('.doc-header > div').first().boundingBox();
    const motto = await this.sheet.locator('.doc-header > div').last().boundingBox();
    const underline = await this.sheet
      .locator('.motto-line span')
      .evaluate(
        (span: PageElement) => (globalThis as unknown as PageWindow).getComputedStyle(span).borderBottomStyle,
      );
    return { agency, motto, underline };
  }

  /** The font the sheet's text is set in. */
  async fontFamily(): Promise<string> {
    return this.sheet.evaluate(
      (sheet: PageElement) => (globalThis as unknown as PageWindow).getComputedStyle(sheet).fontFamily,
    );
  }

  /** Texts of the elements under `selector` whose content is wider than their box (cut or spilling). */
  async overflowingTexts(selector: string): Promise<string[]> {
    return this.page
      .locator(selector)
      .evaluate((root: PageElement) =>
        [root, ...Array.from(root.querySelectorAll('*'))]
          .filter((element) => element.scrollWidth > element.clientWidth)
          .map((element) => element.textContent ?? ''),
      );
  }

  /** Replaces window.print (headless Chromium has no dialog to show). */
  async stubBrowserPrint(): Promise<void> {
    await this.page.evaluate(() => {
      (globalThis as unknown as PageWindow).print = () => undefined;
    });
  }

  /** Every character the sheet shows (to check against the font's coverage). */
  async visibleText(): Promise<string> {
    return this.sheet.innerText();
  }
}
