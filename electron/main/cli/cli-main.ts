import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../app-version';
import { runAuditVerify } from './commands/audit-verify';
import { runBackup } from './commands/backup';
import { runBackups } from './commands/backups';
import { runImportRegister } from './commands/import-register';
import { runImportPetitions } from './commands/import-petitions';
import { runRestore } from './commands/restore';
import { runStatus } from './commands/status';

/** `npm run cli -- <command>`: the same services as the app, for administrators and scripts. */
export function buildProgram(): Command {
  const program = new Command('tiepdan')
    .description('Tiếp Dân: công cụ dòng lệnh cho quản trị viên')
    .version(APP_VERSION, '-v, --version', 'In phiên bản')
    .helpOption('-h, --help', 'Hướng dẫn sử dụng')
    .option(
      '--data-dir <folder>',
      'Thư mục dữ liệu (mặc định: TIEPDAN_DATA_DIR hoặc thư mục dữ liệu người dùng)',
    )
    .showHelpAfterError('(dùng --help để xem hướng dẫn)')
    .exitOverride();
  program.addHelpCommand('help [command]', 'Hướng dẫn cho một lệnh');
  program
    .command('status')
    .description('Thư mục dữ liệu, phiên bản cấu trúc dữ liệu và số bản ghi')
    .action(async () => runStatus(program.opts<{ dataDir?: string }>().dataDir));
  program
    .command('backup <file>')
    .description('Sao lưu trực tuyến cơ sở dữ liệu ra tệp, rồi kiểm tra toàn vẹn bản sao')
    .action(async (file: string) => runBackup(program.opts<{ dataDir?: string }>().dataDir, file));
  addBackupCommands(program);
  program
    .command('import-register <file>')
    .description('Nhập sổ tiếp công dân cũ (XLSX hoặc CSV); --dry-run chỉ kiểm tra, không ghi')
    .option('--dry-run', 'Chỉ kiểm tra và liệt kê lỗi từng dòng, không ghi gì', false)
    .action(async (file: string, options: { dryRun: boolean }) => {
      process.exitCode = await runImportRegister(
        program.opts<{ dataDir?: string }>().dataDir,
        file,
        options.dryRun,
      );
    });
  program
    .command('import-petitions <file>')
    .description('Nhập sổ đơn thư cũ (XLSX hoặc CSV); --dry-run chỉ kiểm tra, không ghi')
    .option('--dry-run', 'Chỉ kiểm tra và liệt kê lỗi từng dòng, không ghi gì', false)
    .action(async (file: string, options: { dryRun: boolean }) => {
      process.exitCode = await runImportPetitions(
        program.opts<{ dataDir?: string }>().dataDir,
        file,
        options.dryRun,
      );
    });
  return program;
}

/** `backups`, `restore` and `audit verify`: the administrator's safety tools. */
function addBackupCommands(program: Command): void {
  const dataDir = () => program.opts<{ dataDir?: string }>().dataDir;
  program
    .command('backups')
    .description('Danh sách bản sao lưu trong thư mục dữ liệu; --check kiểm tra toàn vẹn từng bản')
    .option('--check', 'Mở và kiểm tra toàn vẹn từng bản (chậm hơn)', false)
    .action(async (options: { check: boolean }) => runBackups(dataDir(), options.check));
  program
    .command('restore <file>')
    .description(
      'Khôi phục từ bản sao lưu (tên trong danh sách backups hoặc đường dẫn); hãy đóng ứng dụng trước',
    )
    .option('--yes', 'Không hỏi lại', false)
    .action(async (file: string, options: { yes: boolean }) => {
      process.exitCode = await runRestore(dataDir(), file, options.yes);
    });
  program
    .command('audit')
    .description('Nhật ký thao tác')
    .command('verify')
    .description('Kiểm tra chuỗi mã băm của nhật ký: phát hiện mục bị sửa, xóa hoặc đảo thứ tự')
    .action(async () => {
      process.exitCode = await runAuditVerify(dataDir());
    });
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
