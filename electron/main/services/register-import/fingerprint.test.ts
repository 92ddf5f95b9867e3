import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { normalizeToneMarks } from '../../../../shared/domain/text-fold';
import { rowFingerprint } from './fingerprint';
import type { RegisterImportRow } from './types';

type Fields = Omit<RegisterImportRow, 'rowNumber' | 'fingerprint'>;

/** The fingerprint as first defined, normalising each field whole: stored import keys depend on it. */
function wholeFieldFingerprint(row: Fields): string {
  const { person } = row;
  const fields = [
    ...[row.receivedAt, row.receptionKind, row.sessionKey, person.fullName, person.gender, person.birthYear],
    ...[person.idType, person.idNumber, person.address, row.headcount, row.classification, row.subject],
    ...[row.content, row.caseKey, row.resolvedByBody, row.handling, row.forwardedTo, row.resultTracking],
    ...[row.note, row.refusalReason],
  ].map((value) =>
    typeof value === 'string' ? normalizeToneMarks(value).replace(/\s+/g, ' ').trim() : value,
  );
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}

function visit(text: string): Fields {
  return {
    receivedAt: '2024-03-05T08:30:00+07:00',
    receptionKind: 'thuong_xuyen',
    sessionKey: null,
    channel: 'truc_tiep',
    person: {
      fullName: text,
      gender: 'nam',
      birthYear: 1985,
      idType: null,
      idNumber: null,
      address: `Thôn 1, ${text}`,
    },
    headcount: 1,
    classification: 'khieu_nai',
    subject: null,
    content: text,
    caseKey: null,
    resolvedByBody: null,
    handling: null,
    forwardedTo: null,
    resultTracking: null,
    note: null,
    refusalReason: null,
  };
}

describe('rowFingerprint', () => {
  it('keeps in-person fingerprints as before the channel column; an online row differs', () => {
    const row = visit('Nguyễn Văn Hoà');
    expect(rowFingerprint(row)).toBe(wholeFieldFingerprint(row));
    expect(rowFingerprint({ ...row, channel: 'truc_tuyen' })).not.toBe(rowFingerprint(row));
  });

  it('gives a row under "số định danh cá nhân" or "số căn cước" the fingerprint it had when it meant CCCD', () => {
    const row = visit('Nguyễn Văn Đức');
    const withId = (idType: Fields['person']['idType']): Fields => ({
      ...row,
      person: { ...row.person, idType, idNumber: '001085012345' },
    });
    const asCccd = wholeFieldFingerprint(withId('cccd'));
    expect(rowFingerprint(withId('so_dinh_danh'))).toBe(asCccd);
    expect(rowFingerprint(withId('so_can_cuoc'))).toBe(asCccd);
    expect(rowFingerprint(withId('gcn_can_cuoc'))).not.toBe(asCccd);
  });

  it.each([
    'Nguyễn Văn Hoà',
    '  Lê Thị Thuý\t\tkhoẻ ',
    'Ho\u0300a Bi\u0300nh'.normalize('NFD'),
    'Dòng 1\r\nngoài\u00a0hòai\u3000quý',
    'x \u0301a =\u0338 Đắk Lắk',
    'plain ascii text',
  ])('matches normalising each field whole for %j', (text) => {
    expect(rowFingerprint(visit(text))).toBe(wholeFieldFingerprint(visit(text)));
  });
});
