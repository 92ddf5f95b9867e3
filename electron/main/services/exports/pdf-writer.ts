import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportTable, TallyResult } from '../../../../shared/reports/report-types';
import { PDF_FONT_FILES, pdfFontDir } from './pdf-fonts';
import { periodLine, placeHeader, tableWidth, valueOf } from './report-layout';

type Doc = PDFKit.PDFDocument;

const MARGIN = 28;
const LABEL_WIDTH = 120;
const ROW_HEIGHT = 14;
const SIGNATURE_SPACE = 110;
/** Inner padding of a table cell: narrow enough that "Người" fits the 29-column layout's cells. */
const PAD = 1.2;

interface Grid {
  left: number;
  widths: number[];
  fontSize: number;
}

function gridFor(doc: Doc, report: ReportTable): Grid {
  const usable = doc.page.width - 2 * MARGIN;
  const each = (usable - LABEL_WIDTH) / report.columns.length;
  return {
    left: MARGIN,
    widths: [LABEL_WIDTH, ...report.columns.map(() => each)],
    fontSize: report.columns.length > 24 ? 6 : 7.5,
  };
}

function span(grid: Grid, from: number, count: number): { x: number; width: number } {
  const x = grid.left + grid.widths.slice(0, from).reduce((a, b) => a + b, 0);
  return { x, width: grid.widths.slice(from, from + count).reduce((a, b) => a + b, 0) };
}

function boxedText(
  doc: Doc,
  text: string,
  x: number,
  y: number,
  width: number,
  height: number,
  align: 'left' | 'center' | 'right',
): void {
  doc.rect(x, y, width, height).stroke();
  const textHeight = doc.heightOfString(text, { width: width - 2 * PAD, align });
  doc.text(text, x + PAD, y + Math.max(2, (height - textHeight) / 2), {
    width: width - 2 * PAD,
    align,
    lineBreak: true,
  });
}

/** NĐ 30/2020: the unit on the left, the national motto on the right, then form code, title, period. */
function drawHeading(doc: Doc, result: TallyResult, report: ReportTable, periodNote: string): void {
  const half = (doc.page.width - 2 * MARGIN) / 2;
  doc.font('bold').fontSize(10);
  doc.text(result.office.name.toUpperCase(), MARGIN, MARGIN, { width: half - 40, align: 'center' });
  doc.text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', MARGIN + half, MARGIN, { width: half, align: 'center' });
  doc.text('Độc lập - Tự do - Hạnh phúc', MARGIN + half, doc.y, {
    width: half,
    align: 'center',
    underline: true,
  });
  doc
    .font('bold')
    .fontSize(10)
    .text(report.formCode, MARGIN, MARGIN + 44, { width: doc.page.width - 2 * MARGIN, align: 'right' });
  doc
    .font('bold')
    .fontSize(12)
    .text(report.title, MARGIN, doc.y + 4, { width: doc.page.width - 2 * MARGIN, align: 'center' });
  doc
    .font('regular')
    .fontSize(10)
    .text(`${periodLine(report.period)}${periodNote}`, {
      width: doc.page.width - 2 * MARGIN,
      align: 'center',
    });
  doc.text('(Kèm theo Báo cáo số: …… ngày …… của ……)', {
    width: doc.page.width - 2 * MARGIN,
    align: 'center',
  });
  doc.moveDown(0.6);
}

function headerRowHeights(doc: Doc, report: ReportTable, grid: Grid): number[] {
  const heights = report.header.map(() => ROW_HEIGHT + 4);
  for (const cell of placeHeader(report.header)) {
    if (cell.rowSpan !== 1) continue;
    const { width } = span(grid, cell.col, cell.colSpan);
    heights[cell.row] = Math.max(
      heights[cell.row]!,
      doc.heightOfString(cell.text, { width: width - 2 * PAD }) + 6,
    );
  }
  return heights;
}

function drawTableHeader(doc: Doc, report: ReportTable, grid: Grid): void {
  doc.font('bold').fontSize(grid.fontSize);
  const heights = headerRowHeights(doc, report, grid);
  const top = doc.y;
  const rowTop = (row: number) => top + heights.slice(0, row).reduce((a, b) => a + b, 0);
  for (const cell of placeHeader(report.header)) {
    const { x, width } = span(grid, cell.col, cell.colSpan);
    const height = heights.slice(cell.row, cell.row + cell.rowSpan).reduce((a, b) => a + b, 0);
    boxedText(doc, cell.text, x, rowTop(cell.row), width, height, 'center');
  }
  const msTop = rowTop(report.header.length);
  doc.font('regular');
  ['MS', ...report.columns].forEach((text, col) => {
    const { x, width } = span(grid, col, 1);
    boxedText(doc, text, x, msTop, width, ROW_HEIGHT, 'center');
  });
  doc.x = MARGIN;
  doc.y = msTop + ROW_HEIGHT;
}

function drawRows(doc: Doc, report: ReportTable, grid: Grid, redrawHeader: () => void): void {
  for (const row of report.rows) {
    doc.font(row.isTotal ? 'bold' : 'regular').fontSize(grid.fontSize);
    const labelHeight = doc.heightOfString(row.label, { width: LABEL_WIDTH - 4 }) + 4;
    const height = Math.max(ROW_HEIGHT, labelHeight);
    if (doc.y + height > doc.page.height - MARGIN) {
      doc.addPage();
      redrawHeader();
      doc.font(row.isTotal ? 'bold' : 'regular').fontSize(grid.fontSize);
    }
    const top = doc.y;
    boxedText(doc, row.label, grid.left, top, LABEL_WIDTH, height, 'left');
    report.columns.forEach((key, index) => {
      const { x, width } = span(grid, index + 1, 1);
      boxedText(doc, String(valueOf(row.values, key)), x, top, width, height, 'right');
    });
    doc.x = MARGIN;
    doc.y = top + height;
  }
}

function drawSignatures(doc: Doc): void {
  if (doc.y + SIGNATURE_SPACE > doc.page.height - MARGIN) doc.addPage();
  const half = (doc.page.width - 2 * MARGIN) / 2;
  const top = doc.y + 10;
  doc
    .font('regular')
    .fontSize(10)
    .text('……, ngày …… tháng …… năm ……', MARGIN + half, top, { width: half, align: 'center' });
  const signTop = doc.y;
  doc.font('bold').text('NGƯỜI LẬP BIỂU', MARGIN, signTop, { width: half, align: 'center' });
  doc.font('regular').text('(Ký, ghi rõ họ tên)', MARGIN, doc.y, { width: half, align: 'center' });
  doc.font('bold').text('THỦ TRƯỞNG ĐƠN VỊ', MARGIN + half, signTop, { width: half, align: 'center' });
  doc
    .font('regular')
    .text('(Ký, ghi rõ họ tên, đóng dấu)', MARGIN + half, doc.y, { width: half, align: 'center' });
}

function drawReport(doc: Doc, result: TallyResult, report: ReportTable, periodNote: string): void {
  const grid = gridFor(doc, report);
  drawHeading(doc, result, report, periodNote);
  drawTableHeader(doc, report, grid);
  drawRows(doc, report, grid, () => drawTableHeader(doc, report, grid));
  doc.font('regular').fontSize(9);
  for (const note of report.notes)
    doc.text(`Ghi chú: ${note}`, MARGIN, doc.y + 4, { width: span(grid, 0, tableWidth(report)).width });
  drawSignatures(doc);
}

/** The set as one A4 landscape PDF, a report per page (and continuation pages), the Vietnamese font embedded. */
export function writePdf(result: TallyResult): Promise<Buffer> {
  const fonts = pdfFontDir();
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: MARGIN,
    autoFirstPage: false,
    info: {
      Title: result.reports[0]?.title ?? 'Báo cáo',
      Author: result.office.name,
      Creator: 'Tiếp Dân',
      CreationDate: new Date(result.generatedAt),
    },
  });
  doc.registerFont('regular', join(fonts, PDF_FONT_FILES.regular));
  doc.registerFont('bold', join(fonts, PDF_FONT_FILES.bold));
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const pages: [ReportTable, string][] = [
    ...result.reports.map((report): [ReportTable, string] => [report, '']),
    ...(result.compare?.reports ?? []).map((report): [ReportTable, string] => [report, ' (cùng kỳ)']),
  ];
  for (const [report, note] of pages) {
    doc.addPage();
    drawReport(doc, result, report, note);
  }
  doc.end();
  return done;
}
