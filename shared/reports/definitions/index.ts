import type { RegimeId } from '../../domain/periods';
import type { ReportDefinition } from '../definition-types';
import { bieu01TcdTt02 } from './bieu-01-tcd-tt02-2021';
import { bieu01TcdTt06 } from './bieu-01-tcd-tt06-2025';
import { bieu02Xld } from './bieu-02-xld';
import { doiThoai } from './doi-thoai';
import { hangCho } from './hang-cho';
import { huongXuLy } from './huong-xu-ly';
import { kyTiep } from './ky-tiep';
import { linhVuc } from './linh-vuc';

/** Every report definition the app ships; a revised form is one more entry here. */
export const REPORT_DEFINITIONS: readonly ReportDefinition[] = [
  bieu01TcdTt06,
  bieu01TcdTt02,
  bieu02Xld,
  linhVuc,
  huongXuLy,
  kyTiep,
  doiThoai,
  hangCho,
];

/** The reports computed for a regime, Biểu 01/TCD first, in the order of REPORT_DEFINITIONS. */
export function definitionsFor(
  regime: RegimeId,
  definitions: readonly ReportDefinition[] = REPORT_DEFINITIONS,
): ReportDefinition[] {
  return definitions.filter((definition) => definition.regimes.includes(regime));
}

/** One report's definition under a regime. @throws RangeError naming the report. */
export function definitionFor(
  regime: RegimeId,
  reportId: string,
  definitions: readonly ReportDefinition[] = REPORT_DEFINITIONS,
): ReportDefinition {
  const found = definitionsFor(regime, definitions).find((definition) => definition.id === reportId);
  if (!found) throw new RangeError(`Không có báo cáo "${reportId}" theo chế độ ${regime}.`);
  return found;
}
