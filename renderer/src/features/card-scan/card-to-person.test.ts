import { describe, expect, it } from 'vitest';
import type { ReturningPerson } from '../../../../shared/contract/cases';
import type { AddressCandidate } from '../../../../shared/contract/reference';
import type { CardData } from '../../../../shared/domain/cccd-qr';
import { cardToPerson, certainAddress, matchStoredPerson } from './card-to-person';

const CARD: CardData = {
  idNumber: '093185001234',
  oldIdNumber: '363456789',
  fullName: 'Nguyen Thi Hong Nhung',
  isNameAscii: true,
  birthDate: '1985-03-07',
  birthYear: 1985,
  gender: 'nu',
  address: 'Ap 3, Xa Phu Huu, Huyen Chau Thanh, Tinh Hau Giang',
  issuedOn: '2021-08-10',
};

const STORED: ReturningPerson = {
  id: 7,
  fullName: 'Nguyễn Thị Hồng Nhung',
  gender: 'nu',
  birthYear: 1985,
  idType: 'cmnd',
  idNumber: '363456789',
  oldIdNumber: null,
  phone: '0901234567',
  provinceCode: '92',
  communeCode: '31378',
  address: 'Ấp 3',
  fullAddress: null,
  visitCount: 2,
  lastVisitAt: '2026-10-01T09:00:00+07:00',
};

const CAN_THO: AddressCandidate = {
  provinceCode: '92',
  provinceName: 'Thành phố Cần Thơ',
  communeCode: '31378',
  communeName: 'Xã Phú Hữu',
  confidence: 'exact',
  matchedAs: 'old',
};

describe('cardToPerson', () => {
  it('an ASCII-only scan of a citizen on file keeps the stored spelling and phone; nothing to check', () => {
    expect(cardToPerson(CARD, STORED, CAN_THO)).toEqual({
      stored: STORED,
      scannedAsciiName: '',
      person: {
        fullName: 'Nguyễn Thị Hồng Nhung',
        gender: 'nu',
        birthYear: '1985',
        idType: 'cccd',
        idNumber: '093185001234',
        oldIdNumber: '363456789',
        phone: '0901234567',
        provinceCode: '92',
        communeCode: '31378',
        address: 'Ap 3, Xa Phu Huu, Huyen Chau Thanh, Tinh Hau Giang',
      },
    });
  });

  it('an ASCII-only name of a new citizen is filled as sent and flagged for the officer', () => {
    const fill = cardToPerson(CARD, null, null);
    expect([fill.person.fullName, fill.scannedAsciiName, fill.person.phone, fill.person.communeCode]).toEqual(
      ['Nguyen Thi Hong Nhung', 'Nguyen Thi Hong Nhung', '', ''],
    );
  });

  it('an ASCII-only name that differs from the stored one is flagged, not replaced', () => {
    const fill = cardToPerson({ ...CARD, fullName: 'Tran Van B' }, STORED, CAN_THO);
    expect([fill.person.fullName, fill.scannedAsciiName]).toEqual(['Tran Van B', 'Tran Van B']);
  });

  it('a name with diacritics is taken as on the card, even over a stored spelling', () => {
    const card = { ...CARD, fullName: 'Nguyễn Thị Hồng Nhung', isNameAscii: false };
    const fill = cardToPerson(card, { ...STORED, fullName: 'Nguyễn Thị Hồng Nhun' }, CAN_THO);
    expect([fill.person.fullName, fill.scannedAsciiName]).toEqual(['Nguyễn Thị Hồng Nhung', '']);
  });
});

describe('matching and address helpers', () => {
  it('matches the stored person by current or old number only', () => {
    expect(matchStoredPerson(CARD, [{ ...STORED, idNumber: '000000000' }, STORED])).toBe(STORED);
    expect(matchStoredPerson({ ...CARD, oldIdNumber: null }, [STORED])).toBeNull();
    const byOld = { ...STORED, idNumber: '093185001234', oldIdNumber: null };
    expect(matchStoredPerson({ ...CARD, oldIdNumber: null }, [byOld])).toBe(byOld);
  });

  it('takes an address only when it reads as exactly one commune', () => {
    expect(certainAddress([CAN_THO])).toBe(CAN_THO);
    expect(certainAddress([CAN_THO, CAN_THO])).toBeNull();
    expect(certainAddress([{ ...CAN_THO, confidence: 'ambiguous' }])).toBeNull();
    expect(certainAddress([{ ...CAN_THO, communeCode: null }])).toBeNull();
  });
});
