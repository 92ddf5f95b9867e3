import type { PetitionDetail } from '../../../shared/contract/petitions';
import { CLASSIFICATION_LABELS } from '../../../shared/domain/classification';
import { documentDate } from '../../../shared/domain/document-date';
import { HIDDEN_IDENTITY } from '../../../shared/domain/print-documents';
import { incomingLabel } from '../../../shared/domain/petitions';
import { orBlank } from './print-text';

/** "khiếu nại", "tố cáo"… inside a sentence. */
export function petitionWord(petition: PetitionDetail): string {
  return CLASSIFICATION_LABELS[petition.classification].toLocaleLowerCase('vi');
}

/** Whether the senders are hidden on a slip: a denunciation always (Luật Tố cáo Art. 9, 47). */
export function isSenderHidden(petition: PetitionDetail): boolean {
  return petition.isIdentityMasked || petition.classification === 'to_cao';
}

/** Who sent it, as a slip prints it: names and address, "đơn không ghi tên" or the hidden placeholder. */
export function senderPhrase(petition: PetitionDetail): string {
  if (petition.isAnonymous) return 'người gửi không ghi họ tên (đơn nặc danh)';
  if (isSenderHidden(petition))
    return HIDDEN_IDENTITY.charAt(0).toLocaleLowerCase('vi') + HIDDEN_IDENTITY.slice(1);
  return petition.senders
    .map((person) => `ông (bà) ${person.fullName}, địa chỉ: ${orBlank(person.fullAddress ?? person.address)}`)
    .join('; ');
}

/** "Ngày 02 tháng 3 năm 2026, <office> nhận được đơn khiếu nại (số đến 1/2026) của …". */
export function receivedSentence(petition: PetitionDetail, office: string): string {
  const date = documentDate(petition.receivedOn);
  return (
    `${date.charAt(0).toLocaleUpperCase('vi')}${date.slice(1)}, ${office} nhận được đơn ${petitionWord(petition)} ` +
    `(số đến ${incomingLabel(petition.incomingYear, petition.incomingNumber)}) của ${senderPhrase(petition)}.`
  );
}
