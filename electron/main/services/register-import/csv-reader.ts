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

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/** Where the unquoted run starting at `from` ends: at the separator, a line break or the end of the text. */
function unquotedEnd(text: string, from: number, separator: number): number {
  let index = from;
  while (index < text.length) {
    const code = text.charCodeAt(index);
    if (code === separator || code === CR || code === LF) break;
    index += 1;
  }
  return index;
}

/**
 * The quoted field whose opening quote is at `open`: its text with doubled quotes undone, and the index
 * just past the closing quote; null when the quote is never closed. Slicing the text, rather than adding
 * a character at a time, keeps a 100,000-row register from building millions of intermediate strings.
 */
function readQuoted(text: string, open: number): { value: string; end: number } | null {
  let value = '';
  let from = open + 1;
  for (;;) {
    const close = text.indexOf('"', from);
    if (close === -1) return null;
    if (text.charCodeAt(close + 1) !== QUOTE)
      return { value: value + text.slice(from, close), end: close + 1 };
    value += text.slice(from, close + 1);
    from = close + 2;
  }
}

/** The open-quote message, naming the record (1-based) where the quote opened. */
export function unclosedQuote(record: number): Extract<CsvResult, { ok: false }> {
  return {
    ok: false,
    message:
      `Dòng ${record} mở dấu ngoặc kép (") nhưng không đóng lại đến hết tệp; ` +
      'hãy mở tệp bằng Excel, kiểm tra ô đó rồi lưu lại dưới dạng "CSV UTF-8".',
  };
}

/**
 * Parses CSV text (BOM already removed). Line breaks may be CRLF, LF or CR. A quote opens a quoted field
 * only at the start of a field; elsewhere it is kept as typed, as Excel does, and so is anything typed
 * after a closing quote. A final line break does not make an extra record.
 */
export function parseCsv(text: string, separator: ',' | ';'): CsvResult {
  const separatorCode = separator.charCodeAt(0);
  const records: string[][] = [];
  let record: string[] = [];
  let index = 0;
  for (;;) {
    let value = '';
    if (text.charCodeAt(index) === QUOTE) {
      const quoted = readQuoted(text, index);
      if (quoted === null) return unclosedQuote(records.length + 1);
      value = quoted.value;
      index = quoted.end;
    }
    const end = unquotedEnd(text, index, separatorCode);
    if (end > index) value += text.slice(index, end);
    if (end === text.length) {
      record.push(value);
      if (value !== '' || record.length > 1) records.push(record);
      return { ok: true, records };
    }
    record.push(value);
    const code = text.charCodeAt(end);
    index = end + 1;
    if (code === separatorCode) continue;
    if (code === CR && text.charCodeAt(index) === LF) index += 1;
    records.push(record);
    record = [];
  }
}
