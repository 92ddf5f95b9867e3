import { Command, CommanderError } from 'commander';
import { APP_VERSION } from '../app-version';
import { runAuditVerify } from './commands/audit-verify';
import { runVerifyTallies } from './commands/verify-tallies';
import { runBackup } from './commands/backup';
import { runBackups } from './commands/backups';
import { runConsolidate, type ConsolidateOptions } from './commands/consolidate';
import { runImportRegister } from './commands/import-register';
import { runImportDialogues } from './commands/import-dialogues';
import { runImportPetitions } from './commands/import-petitions';
import { runRestore } from './commands/restore';
import { runStatus } from './commands/status';
import { runTally, type TallyOptions } from './commands/tally';

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
  addTallyCommand(program);
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
    .command('import-dialogues <file>')
    .description('Nhập các cuộc đối thoại với công dân (XLSX hoặc CSV); --dry-run chỉ kiểm tra, không ghi')
    .option('--dry-run', 'Chỉ kiểm tra và liệt kê lỗi từng dòng, không ghi gì', false)
    .action(async (file: string, options: { dryRun: boolean }) => {
      process.exitCode = await runImportDialogues(
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
  addConsolidateCommand(program);
  return program;
}

/** `consolidate`: upstream offices sum their units' data packages (no tally engine needed). */
function addConsolidateCommand(program: Command): void {
  program
    .command('consolidate <packages...>')
    .description('Tổng hợp gói báo cáo (.zip) của các đơn vị (tệp hoặc thư mục); gói bị sửa đổi bị từ chối')
    .requiredOption('--out <path>', 'Tệp hoặc thư mục ghi báo cáo tổng hợp')
    .option('--format <format>', 'json | xlsx | pdf | csv | package', 'xlsx')
    .option('--office-code <code>', 'Mã đơn vị tổng hợp (mặc định: thiết lập office_code)')
    .option('--office-name <name>', 'Tên đơn vị tổng hợp (mặc định: thiết lập office_name)')
    .action(async (packages: string[], options: ConsolidateOptions) => {
      process.exitCode = await runConsolidate(
        program.opts<{ dataDir?: string }>().dataDir,
        packages,
        options,
      );
    });
}

/** `tally` and `export-package`: every report of a period to a file, or the package sent upstream. */
function addTallyCommand(program: Command): void {
  program
    .command('tally')
    .description('Tổng hợp số liệu báo cáo (Biểu 01/TCD và các báo cáo khác) của một kỳ ra tệp')
    .requiredOption(
      '--period <kỳ>',
      'Kỳ báo cáo: 2024-W23, 2024-M05, 2024-Q2, 2024-H1, 2024-9M, 2024-Y, 2024-QH, 2024-01-01..2024-03-31',
    )
    .option(
      '--regime <chế độ>',
      'Chế độ báo cáo: tt06-2025, tt01-2024, tt02-2021 (mặc định: chế độ áp dụng cho kỳ)',
    )
    .option('--compare', 'Kèm số liệu cùng kỳ năm trước', false)
    .option('--format <định dạng>', 'json | xlsx | pdf | csv | package', 'json')
    .requiredOption('--out <tệp>', 'Tệp kết quả (thư mục khi có nhiều tệp: csv)')
    .action(async (options: TallyOptions) => {
      process.exitCode = await runTally(program.opts<{ dataDir?: string }>().dataDir, options);
    });
  program
    .command('export-package')
    .description('Lập gói dữ liệu báo cáo (.zip có manifest SHA-256) để gửi cấp trên')
    .requiredOption('--period <kỳ>', 'Kỳ báo cáo, ví dụ 2024-H1')
    .option('--regime <chế độ>', 'Chế độ báo cáo: tt06-2025, tt01-2024, tt02-2021')
    .option('--compare', 'Kèm số liệu cùng kỳ năm trước', false)
    .requiredOption('--out <thư mục>', 'Thư mục ghi gói')
    .action(async (options: Omit<TallyOptions, 'format'>) => {
      process.exitCode = await runTally(program.opts<{ dataDir?: string }>().dataDir, {
        ...options,
        format: 'package',
      });
    });
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
  program
    .command('verify-tallies')
    .description('Đối chiếu số liệu tổng hợp theo ngày (báo cáo đọc từ đó) với sổ tiếp công dân')
    .option('--repair', 'Dựng lại số liệu tổng hợp từ sổ (ghi nhật ký); hãy đóng ứng dụng trước', false)
    .action(async (options: { repair: boolean }) => {
      process.exitCode = await runVerifyTallies(dataDir(), options.repair);
    });
}

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CommanderError) process.exit(error.exitCode);
    console.error(`Lỗi: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
