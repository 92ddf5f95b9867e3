/**
 * A small RFC 4180 reader. Offices export from Excel, whose "CSV UTF-8" uses `,` or, with a Vietnamese
 * regional setting, `;`, quotes fields holding separators, quotes or line breaks, and doubles inner quotes.
 */

/** Records of a CSV text, or why it cannot be read. */
export type CsvResult = { ok: true; records: string[][] } | { ok: false; message: string };

/**
 * The separator of the first line that has one: whichever of `;` and `,` occurs more often there outside
 * quotes (`,` on a tie). A header never needs either inside a caption, while data rows may; blank lines
 * before it are passed over.
 */
export function detectSeparator(text: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let isQuoted = false;
  for (const char of text) {
    if (char === '"') isQuoted = !isQuoted;
    else if (isQuoted) continue;
    else if (char === ',') commas += 1;
    else if (char === ';') semicolons += 1;
    else if ((char === '\n' || char === '\r') && commas + semicolons > 0) break;
  }
  return semicolons > commas ? ';' : ',';
}

interface ReaderState {
  records: string[][];
  record: string[];
  field: string;
  isQuoted: boolean;
  /** Record number (1-based) where the open quote started, for the error message. */
  quoteRecord: number;
}

function endField(state: ReaderState): void {
  state.record.push(state.field);
  state.field = '';
}

function endRecord(state: ReaderState): void {
  endField(state);
  state.records.push(state.record);
  state.record = [];
}

/** One character inside a quoted field; returns how many extra characters were consumed. */
function readQuoted(state: ReaderState, char: string, next: string | undefined): number {
  if (char !== '"') {
    state.field += char;
    return 0;
  }
  if (next === '"') {
    state.field += '"';
    return 1;
  }
  state.isQuoted = false;
  return 0;
}

/**
 * Parses CSV text (BOM already removed). Line breaks may be CRLF, LF or CR. A quote opens a quoted field
 * only at the start of a field; elsewhere it is kept as typed, as Excel does. A final line break does not
 * make an extra record.
 */
export function parseCsv(text: string, separator: ',' | ';'): CsvResult {
  const state: ReaderState = { records: [], record: [], field: '', isQuoted: false, quoteRecord: 0 };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index] as string;
    const next = text[index + 1];
    if (state.isQuoted) {
      index += readQuoted(state, char, next);
    } else if (char === '"' && state.field === '') {
      state.isQuoted = true;
      state.quoteRecord = state.records.length + 1;
    } else if (char === separator) {
      endField(state);
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && next === '\n') index += 1;
      endRecord(state);
    } else {
      state.field += char;
    }
  }
  if (state.isQuoted) {
    return {
      ok: false,
      message:
        `Dòng ${state.quoteRecord} mở dấu ngoặc kép (") nhưng không đóng lại đến hết tệp; ` +
        'hãy mở tệp bằng Excel, kiểm tra ô đó rồi lưu lại dưới dạng "CSV UTF-8".',
    };
  }
  if (state.field !== '' || state.record.length > 0) endRecord(state);
  return { ok: true, records: state.records };
}
