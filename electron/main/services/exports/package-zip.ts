import JSZip from 'jszip';

export interface ZipEntry {
  path: string;
  bytes: Buffer;
}

/** JSZip writes DOS times from UTC fields, so one instant gives the same bytes in any time zone. */
export async function storeZip(entries: readonly ZipEntry[], date: Date): Promise<Buffer> {
  const zip = new JSZip();
  for (const entry of entries)
    zip.file(entry.path, entry.bytes, { date, binary: true, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE', platform: 'DOS' });
}

/** The entries in stored order; throws on an unreadable archive. CRCs are left to the caller's SHA-256 checks, which name the file. */
export async function readZip(bytes: Buffer): Promise<ZipEntry[]> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: false });
  const entries: ZipEntry[] = [];
  for (const file of Object.values(zip.files)) {
    if (file.dir) continue;
    entries.push({ path: file.name, bytes: await file.async('nodebuffer') });
  }
  return entries;
}
