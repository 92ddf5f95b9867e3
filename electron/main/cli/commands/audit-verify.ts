import { existsSync } from 'node:fs';
import { databasePath, resolveDataDir } from '../../data-dir';
import { createDb } from '../../db/create-db';
import { describeAuditResult, verifyAuditChain } from '../../services/audit-verify';

/** `audit verify`: walks the audit log's hash chain; exit code 1 when it is broken. */
export async function runAuditVerify(dataDirOption: string | undefined): Promise<number> {
  const file = databasePath(dataDirOption ?? resolveDataDir());
  if (!existsSync(file)) {
    console.error(`Không có cơ sở dữ liệu tại ${file}; hãy kiểm tra --data-dir.`);
    return 1;
  }
  const db = createDb(file, { readonly: true });
  try {
    const result = await verifyAuditChain(db);
    (result.ok ? console.log : console.error)(describeAuditResult(result));
    return result.ok ? 0 : 1;
  } finally {
    await db.destroy();
  }
}
