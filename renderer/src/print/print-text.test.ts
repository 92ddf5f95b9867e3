import { describe, expect, it } from 'vitest';
import type { PersonView } from '../../../shared/contract/persons';
import type { IdType } from '../../../shared/domain/classification';
import { BLANK, printedPerson } from './print-text';

function person(idType: IdType | null, idNumber: string | null): PersonView {
  return {
    id: 1,
    fullName: 'Phạm Thị Hoa',
    gender: 'nu',
    birthYear: 1970,
    idType,
    idNumber,
    oldIdNumber: null,
    phone: null,
    provinceCode: null,
    communeCode: null,
    address: 'Thôn 2',
    fullAddress: null,
  };
}

describe('printedPerson: the identity line names the paper given', () => {
  it.each<[IdType | null, string | null, string, string]>([
    ['cccd', '001085012345', 'Số căn cước/CCCD', '001085012345'],
    ['so_can_cuoc', '001085012345', 'Số căn cước', '001085012345'],
    ['so_dinh_danh', '001085012345', 'Số định danh cá nhân', '001085012345'],
    ['gcn_can_cuoc', '999170000123', 'Số giấy chứng nhận căn cước', '999170000123'],
    ['ho_chieu', 'B1234567', 'Số hộ chiếu', 'B1234567'],
    ['cmnd', '012345678', 'Số CMND', '012345678'],
    ['khong_co', null, 'Số căn cước/Hộ chiếu', BLANK],
    [null, null, 'Số căn cước/Hộ chiếu', BLANK],
  ])('%s %s → "%s: %s"', (idType, idNumber, idLabel, printed) => {
    expect(printedPerson(person(idType, idNumber), false)).toEqual({
      isHidden: false,
      name: 'Phạm Thị Hoa',
      idLabel,
      idNumber: printed,
      address: 'Thôn 2',
    });
  });
});
