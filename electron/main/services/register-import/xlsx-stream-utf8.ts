/**
 * exceljs 4.4.0's stream reader decodes each inflated chunk of a sheet's XML to text on its own, so a
 * Vietnamese letter whose UTF-8 bytes straddle two chunks becomes "\ufffd" (exceljs issues #2063 and #2316,
 * fix proposed in pull request #1665, not released). On a 100,000-row register that was 773 letters. This
 * hands exceljs's SAX parser text instead of bytes, decoded across chunk edges, for the shared strings
 * and for each worksheet. It reaches into the reader's internals, so it checks they are still there.
 */
import { StringDecoder } from 'node:string_decoder';
import type { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';

interface ReaderInternals {
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: string): Generator<unknown>;
}

/** The chunks as text, a character split between two chunks joined again. */
export async function* utf8Text(chunks: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) yield typeof chunk === 'string' ? chunk : decoder.write(chunk);
  const rest = decoder.end();
  if (rest !== '') yield rest;
}

/** Makes the reader decode UTF-8 across chunks; throws when exceljs no longer has the parts it replaces. */
export function decodeAcrossChunks(reader: ExcelJS.stream.xlsx.WorkbookReader): void {
  const internals = reader as unknown as ReaderInternals;
  if (
    typeof internals._parseSharedStrings !== 'function' ||
    typeof internals._parseWorksheet !== 'function'
  ) {
    throw new Error('exceljs changed its stream reader: review xlsx-stream-utf8.ts before upgrading.');
  }
  const parseSharedStrings = internals._parseSharedStrings.bind(reader);
  const parseWorksheet = internals._parseWorksheet.bind(reader);
  internals._parseSharedStrings = (entry) => {
    entry.setEncoding('utf8');
    return parseSharedStrings(entry);
  };
  internals._parseWorksheet = (iterator, sheetNo) => parseWorksheet(utf8Text(iterator), sheetNo);
}
