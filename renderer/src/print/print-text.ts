import type { PersonView } from '../../../shared/contract/persons';
import type { VisitDetail } from '../../../shared/contract/visits';
import { CLASSIFICATION_LABELS, type IdType } from '../../../shared/domain/classification';
import {
  HIDDEN_IDENTITY,
  HIDDEN_VALUE,
  isIdentityHidden,
  type PrintKind,
} from '../../../shared/domain/print-documents';

/** A blank for the officer to fill by hand. */
export const BLANK = '……………………';

/** Capitals as Vietnamese documents print them (the text itself, so the PDF carries the same words). */
export function upper(text: string): string {
  return text.trim().toLocaleUpperCase('vi');
}

/** The value, or a dotted blank. */
export function orBlank(value: string | number | null | undefined): string {
  return value === null || value === undefined || String(value).trim() === '' ? BLANK : String(value);
}

/** "khiếu nại", "tố cáo"… as it reads inside a sentence. */
export function classificationWord(visit: Pick<VisitDetail, 'classification'>): string {
  return CLASSIFICATION_LABELS[visit.classification].toLocaleLowerCase('vi');
}

const ID_LABELS: Record<IdType, string> = {
  cccd: 'Số căn cước/CCCD',
  so_can_cuoc: 'Số căn cước',
  so_dinh_danh: 'Số định danh cá nhân',
  gcn_can_cuoc: 'Số giấy chứng nhận căn cước',
  cmnd: 'Số CMND',
  ho_chieu: 'Số hộ chiếu',
  khong_co: 'Số căn cước/Hộ chiếu',
};

/** The person as a document prints them: in full, or hidden (a denouncer on a document not theirs). */
export interface PrintedPerson {
  isHidden: boolean;
  name: string;
  idLabel: string;
  idNumber: string;
  address: string;
}

export function printedPerson(person: PersonView, isHidden: boolean): PrintedPerson {
  const idLabel = ID_LABELS[person.idType ?? 'khong_co'];
  if (isHidden)
    return { isHidden, name: HIDDEN_IDENTITY, idLabel, idNumber: HIDDEN_VALUE, address: HIDDEN_VALUE };
  return {
    isHidden,
    name: person.fullName,
    idLabel,
    idNumber: orBlank(person.idNumber),
    address: orBlank(person.fullAddress ?? person.address),
  };
}

/**
 * Whether this document hides the visit's denouncer (Luật Tố cáo Art. 9 and 47): always when main masked
 * the data, else as the print policy says for this kind of document.
 */
export function isHiddenOn(kind: PrintKind, visit: VisitDetail, isRevealRequested = false): boolean {
  if (visit.isIdentityMasked) return true;
  return isIdentityHidden(kind, visit.classification, { isRevealRequested });
}
