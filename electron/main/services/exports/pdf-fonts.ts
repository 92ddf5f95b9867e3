import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The PDF's embedded font: DejaVu Serif (Bitstream Vera licence, resources/fonts/LICENSE-DejaVu.txt), a
 * serif with every Vietnamese glyph in one TTF. The @fontsource packages split Vietnamese across
 * unicode-range subsets (latin, latin-ext, vietnamese), which a PDF writer cannot combine in one run of text.
 */
export const PDF_FONT_FILES = { regular: 'DejaVuSerif.ttf', bold: 'DejaVuSerif-Bold.ttf' } as const;

/** Finds resources/fonts walking up from this module: the source tree, dist/main, or the packaged app. */
export function pdfFontDir(): string {
  const metaUrl = (import.meta as { url?: string }).url;
  let dir = dirname(metaUrl ? fileURLToPath(metaUrl) : __filename);
  for (let depth = 0; depth < 8; depth += 1) {
    const candidate = join(dir, 'resources', 'fonts');
    if (existsSync(join(candidate, PDF_FONT_FILES.regular))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(
    'Không tìm thấy phông chữ tiếng Việt (resources/fonts/DejaVuSerif.ttf): hãy cài lại ứng dụng.',
  );
}
