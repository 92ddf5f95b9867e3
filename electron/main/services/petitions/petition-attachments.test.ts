import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { petitionInput } from '../../../../test/fixtures/petition-input';
import { PETITION_TODAY } from '../../../../test/fixtures/petition-test-db';
import { useTestDb } from '../../../../test/fixtures/use-test-db';
import { createPetition } from './create-petition';
import { attachmentsDir, attachToPetition } from './petition-attachments';

const { db, ctx } = useTestDb(PETITION_TODAY);

describe('petition attachments', () => {
  it('copies a scan into the data folder with its SHA-256, refusing other types and repeats', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'tiepdan-petition-'));
    const saved = await createPetition(ctx(), petitionInput());
    const bytes = Buffer.from('%PDF-1.4 bản quét');
    const sha = createHash('sha256').update(bytes).digest('hex');
    const upload = { id: saved.id, fileName: 'don.pdf', contentBase64: bytes.toString('base64') };
    const attached = await attachToPetition(ctx(), dataDir, upload);
    expect(attached.attachments).toEqual([
      { id: 1, fileName: 'don.pdf', sizeBytes: bytes.length, sha256: sha },
    ]);
    const stored = await db()
      .selectFrom('petition_attachments')
      .select('stored_path')
      .executeTakeFirstOrThrow();
    expect(readFileSync(join(attachmentsDir(dataDir), stored.stored_path)).equals(bytes)).toBe(true);
    await expect(attachToPetition(ctx(), dataDir, upload)).rejects.toThrow(
      'Bản quét này đã được đính kèm vào đơn (tệp "don.pdf").',
    );
    await expect(attachToPetition(ctx(), dataDir, { ...upload, fileName: 'don.exe' })).rejects.toThrow(
      'Chỉ đính kèm bản quét dạng PDF, JPG, PNG hoặc TIFF; hãy lưu bản quét theo một trong các dạng này.',
    );
  });
});
