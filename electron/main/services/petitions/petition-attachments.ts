import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { PetitionDetail } from '../../../../shared/contract/petitions';
import { MAX_ATTACHMENT_BYTES } from '../../../../shared/contract/petitions';
import { AppError } from '../../../../shared/contract/envelope';
import { toLocalIso } from '../../../../shared/domain/local-time';
import { appendAudit } from '../audit';
import type { ServiceContext } from '../context';
import { getPetitionDetail } from './petition-queries';

/** Scans arrive as PDF or images; anything else is refused before it is written. */
const ALLOWED_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.tif', '.tiff'];

/** Folder of a data folder's petition attachments. */
export function attachmentsDir(dataDir: string): string {
  return join(dataDir, 'petitions');
}

function invalid(message: string): AppError {
  return new AppError('INVALID_INPUT', message, [{ path: 'fileName', message }]);
}

/**
 * Copies a scanned attachment into `<data folder>/petitions/<year>/` under a name main chooses (never the
 * name sent), records its size and SHA-256 and audits it. The file is removed again if the record cannot
 * be written, so nothing is left half-done.
 */
export async function attachToPetition(
  ctx: ServiceContext,
  dataDir: string,
  input: { id: number; fileName: string; contentBase64: string },
): Promise<PetitionDetail> {
  const extension = extname(input.fileName).toLowerCase();
  if (!ALLOWED_EXTENSIONS.includes(extension)) {
    throw invalid(
      'Chỉ đính kèm bản quét dạng PDF, JPG, PNG hoặc TIFF; hãy lưu bản quét theo một trong các dạng này.',
    );
  }
  const content = Buffer.from(input.contentBase64, 'base64');
  if (content.length === 0) throw invalid('Tệp đính kèm trống; hãy chọn lại bản quét.');
  if (content.length > MAX_ATTACHMENT_BYTES) {
    throw invalid(
      `Tệp đính kèm quá lớn (tối đa ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB); hãy quét ở độ phân giải thấp hơn.`,
    );
  }
  const petition = await getPetitionDetail(ctx.db, input.id);
  const sha256 = createHash('sha256').update(content).digest('hex');
  const same = petition.attachments.find((attachment) => attachment.sha256 === sha256);
  if (same) throw invalid(`Bản quét này đã được đính kèm vào đơn (tệp "${same.fileName}").`);
  const relative = join(String(petition.incomingYear), `${petition.id}-${sha256.slice(0, 16)}${extension}`);
  const folder = join(attachmentsDir(dataDir), String(petition.incomingYear));
  const target = join(attachmentsDir(dataDir), relative);
  const now = toLocalIso(ctx.clock());
  mkdirSync(folder, { recursive: true });
  writeFileSync(target, content, { mode: 0o600 });
  try {
    await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .insertInto('petition_attachments')
        .values({
          petition_id: input.id,
          file_name: input.fileName,
          stored_path: relative,
          size_bytes: content.length,
          sha256,
          created_by_name: ctx.actor.displayName,
          created_at: now,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await appendAudit(trx, ctx.actor, now, {
        action: 'petition.attach',
        entity: 'petition',
        entityId: input.id,
        detail: { attachmentId: row.id, fileName: input.fileName, sizeBytes: content.length, sha256 },
      });
    });
  } catch (error) {
    rmSync(target, { force: true });
    throw error;
  }
  return getPetitionDetail(ctx.db, input.id);
}
