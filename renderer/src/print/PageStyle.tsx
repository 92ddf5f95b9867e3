import type { PaperSize } from '../../../shared/domain/print-documents';

/** NĐ 30/2020 margins: top and bottom 20 mm, left 30 mm, right 15 mm (smaller on A5 and thermal rolls). */
const PAGE_RULES: Record<PaperSize, string> = {
  A4: 'size: A4 portrait; margin: 20mm 15mm 20mm 30mm;',
  A5: 'size: A5 portrait; margin: 15mm 10mm 15mm 15mm;',
  roll80: 'size: 80mm 160mm; margin: 2mm;',
  roll58: 'size: 58mm 140mm; margin: 2mm;',
};

/**
 * The page box of the document on show. Rendered as a style element of the route itself, so it goes away
 * with the route instead of leaking into other pages as a bundled stylesheet would.
 */
export function PageStyle({ paper, isLandscape = false }: { paper: PaperSize; isLandscape?: boolean }) {
  const rule = isLandscape ? 'size: A4 landscape; margin: 15mm 15mm 15mm 20mm;' : PAGE_RULES[paper];
  return <style>{`@page { ${rule} }`}</style>;
}
