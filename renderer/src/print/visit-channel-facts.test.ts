import { describe, expect, it } from 'vitest';
import type { VisitDetail } from '../../../shared/contract/visits';
import { savedVisit } from '../test/fake-api';
import { visitFacts } from './VisitSummaryPrint';

function detail(overrides: Partial<VisitDetail>): VisitDetail {
  return {
    ...savedVisit(),
    person: {
      id: 1,
      fullName: 'Lê Văn Tám',
      gender: 'nam',
      birthYear: 1990,
      idType: 'cccd',
      idNumber: '036090001234',
      oldIdNumber: null,
      phone: null,
      provinceCode: null,
      communeCode: null,
      address: null,
      fullAddress: null,
    },
    representatives: [],
    documents: [],
    backEntryReason: null,
    idCheckOverrides: [],
    ...overrides,
  };
}

const channelRow = (visit: VisitDetail) => visitFacts(visit, false).find(([label]) => label === 'Kênh tiếp');

describe('the visit summary prints the reception channel', () => {
  it('in person', () => {
    expect(channelRow(detail({}))).toEqual(['Kênh tiếp', 'Trực tiếp']);
  });

  it('online, with the meeting reference', () => {
    expect(channelRow(detail({ channel: 'truc_tuyen', meetingRef: 'Phòng họp trực tuyến 12' }))).toEqual([
      'Kênh tiếp',
      'Trực tuyến (Phòng họp trực tuyến 12)',
    ]);
  });
});
