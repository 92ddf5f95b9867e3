import type { IncomingMessage } from 'node:http';
import type { CallError } from '../../../shared/contract/envelope';

/** Larger bodies are refused before parsing; the largest call is a 20 MB register file in base64. */
export const MAX_BODY_BYTES = 32 * 1024 * 1024;

export type BodyResult = { ok: true; value: unknown } | { ok: false; status: number; error: CallError };

/** Reads and parses a JSON body, stopping early when it grows past the limit. */
export function readJsonBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (result: BodyResult) => {
      if (done) return;
      done = true;
      resolve(result);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        finish({
          ok: false,
          status: 413,
          error: {
            code: 'PAYLOAD_TOO_LARGE',
            message: `Dữ liệu gửi lên quá lớn (tối đa ${Math.round(limit / 1024 / 1024)} MB); hãy rút gọn nội dung.`,
          },
        });
        req.resume();
        return;
      }
      if (!done) chunks.push(chunk);
    });
    req.on('error', () =>
      finish({
        ok: false,
        status: 400,
        error: { code: 'MALFORMED_REQUEST', message: 'Kết nối bị gián đoạn khi gửi dữ liệu; hãy thử lại.' },
      }),
    );
    req.on('end', () => finish(parse(Buffer.concat(chunks).toString('utf8'))));
  });
}

function parse(text: string): BodyResult {
  if (text.trim() === '') return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return {
      ok: false,
      status: 400,
      error: {
        code: 'MALFORMED_REQUEST',
        message: 'Dữ liệu gửi lên không phải JSON hợp lệ; hãy kiểm tra lại định dạng.',
      },
    };
  }
}
