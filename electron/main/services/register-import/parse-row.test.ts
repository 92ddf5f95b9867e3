import { describe, expect, it } from 'vitest';
import { mapHeader } from './header-map';
import { parseRow } from './parse-row';
import { errorOf, MINIMAL, parsed } from './parse-row-support';
import { TEST_NOW } from './test-support';
import type { ColumnCode, RegisterImportRow } from './types';

describe('parseRow: the optional kenh column', () => {
  it.each<[string, 'truc_tiep' | 'truc_tuyen']>([
    ['truc_tuyen', 'truc_tuyen'],
    ['Trực tuyến', 'truc_tuyen'],
    ['truc tiep', 'truc_tiep'],
    ['', 'truc_tiep'],
  ])('reads %j as %s', (cell, channel) => {
    expect(parsed({ kenh: cell }).channel).toBe(channel);
  });

  it('refuses a value that is no channel, naming the column and what to write', () => {
    const { column, message } = errorOf({ kenh: 'qua thư' });
    expect([column, message.includes('hãy ghi một trong: trực tiếp, trực tuyến')]).toEqual(['kenh', true]);
  });
});

describe('parseRow: a minimal row', () => {
  it('fills defaults: regular desk, headcount 1, everything optional null', () => {
    const row = parsed({});
    expect(row).toEqual({
      rowNumber: 2,
      receivedAt: '2024-03-05T08:30:00+07:00',
      receptionKind: 'thuong_xuyen',
      sessionKey: null,
      channel: 'truc_tiep',
      person: {
        fullName: 'Nguyễn Văn An',
        gender: null,
        birthYear: null,
        idType: null,
        idNumber: null,
        address: null,
      },
      headcount: 1,
      classification: 'khieu_nai',
      subject: null,
      content: 'Khiếu nại quyết định thu hồi đất',
      caseKey: null,
      resolvedByBody: null,
      handling: null,
      forwardedTo: null,
      resultTracking: null,
      note: null,
      refusalReason: null,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/) as string,
    });
  });

  it('brings text to NFC, trims it and collapses spaces in one-line fields, keeping line breaks in content', () => {
    const row = parsed({
      ho_ten: '  Nguyễn   Văn An '.normalize('NFD'),
      dia_chi: ' Thôn 1,\n xã Phú Hữu ',
      noi_dung: '  Dòng một\nDòng hai  ',
      ghi_chu: ' ghi chú ',
    });
    expect(row.person.fullName).toBe('Nguyễn Văn An');
    expect(row.person.fullName).toBe(row.person.fullName.normalize('NFC'));
    expect(row.person.address).toBe('Thôn 1, xã Phú Hữu');
    expect(row.content).toBe('Dòng một\nDòng hai');
    expect(row.note).toBe('ghi chú');
  });
});

describe('parseRow: coded values accept the code or the label, with or without diacritics', () => {
  it.each<[ColumnCode, string, keyof RegisterImportRow | 'gender', string]>([
    ['phan_loai', 'Khiếu nại', 'classification', 'khieu_nai'],
    ['phan_loai', 'khieu nai', 'classification', 'khieu_nai'],
    ['phan_loai', 'KHIEU_NAI', 'classification', 'khieu_nai'],
    ['phan_loai', 'Tố cáo', 'classification', 'to_cao'],
    ['phan_loai', 'kien nghi', 'classification', 'kien_nghi'],
    ['phan_loai', 'PHẢN ÁNH', 'classification', 'phan_anh'],
    ['linh_vuc', 'Đất đai', 'subject', 'dat_dai'],
    ['linh_vuc', 'dat_dai', 'subject', 'dat_dai'],
    ['linh_vuc', 'Chính sách, chế độ', 'subject', 'chinh_sach'],
    ['linh_vuc', 'nha o, tai san', 'subject', 'nha_tai_san'],
    ['linh_vuc', 'Chế độ cán bộ, công chức, viên chức', 'subject', 'che_do_cbccvc'],
    ['linh_vuc', 'hanh chinh khac', 'subject', 'hanh_chinh_khac'],
    ['linh_vuc', 'Tư pháp', 'subject', 'tu_phap'],
    ['linh_vuc', 'THAM NHUNG', 'subject', 'tham_nhung'],
    ['linh_vuc', 'Chính trị, văn hóa, xã hội', 'subject', 'ct_vh_xh'],
    ['linh_vuc', 'Khác', 'subject', 'khac'],
    ['huong_xu_ly', 'Thụ lý để giải quyết', 'handling', 'thu_ly'],
    ['huong_xu_ly', 'thu ly', 'handling', 'thu_ly'],
    ['huong_xu_ly', 'Trả lại đơn và hướng dẫn', 'handling', 'tra_lai_huong_dan'],
    ['huong_xu_ly', 'TRA_LOI_TRUC_TIEP', 'handling', 'tra_loi_truc_tiep'],
    ['tu_choi', 'mat_kiem_soat', 'refusalReason', 'mat_kiem_soat'],
    ['tu_choi', 'Vi phạm nội quy', 'refusalReason', 'vi_pham_noi_quy'],
    ['tu_choi', 'da giai quyet', 'refusalReason', 'da_giai_quyet'],
    ['tu_choi', 'Khác', 'refusalReason', 'khac'],
  ])('%s %j → %s', (column, text, field, code) => {
    const row = parsed({ [column]: text });
    expect(row[field as keyof RegisterImportRow]).toBe(code);
  });

  it.each([
    ['Nam', 'nam'],
    ['NU', 'nu'],
    ['Nữ', 'nu'],
    ['', null],
  ])('gioi_tinh %j → %s', (text, gender) => {
    expect(parsed({ gioi_tinh: text }).person.gender).toBe(gender);
  });

  it.each([
    ['', 'thuong_xuyen', null],
    ['Tiếp thường xuyên', 'thuong_xuyen', null],
    ['dinh ky', 'dinh_ky', 'KT-01'],
    ['Thủ trưởng tiếp đột xuất', 'dot_xuat', 'KT-01'],
    ['Uỷ quyền', 'uy_quyen', 'KT-01'],
  ])('hinh_thuc %j → %s', (text, kind, sessionKey) => {
    const row = parsed({ hinh_thuc: text, ky_tiep: sessionKey ?? '' });
    expect([row.receptionKind, row.sessionKey]).toEqual([kind, sessionKey]);
  });
});

describe('parseRow: other columns', () => {
  it('reads the person, headcount, case and follow-up columns', () => {
    const row = parsed({
      gioi_tinh: 'Nam',
      nam_sinh: '1985',
      loai_giay_to: 'CCCD',
      so_giay_to: '001085012345',
      dia_chi: 'Thôn 1, xã Phú Hữu',
      so_nguoi: '12',
      ma_vu_viec: 'VV-001',
      co_quan_da_giai_quyet: 'UBND xã Phú Hữu',
      huong_xu_ly: 'Chuyển đơn',
      noi_chuyen: 'Sở Tư pháp',
      theo_doi_ket_qua: 'Đã có văn bản trả lời',
    });
    expect(row).toMatchObject({
      person: {
        gender: 'nam',
        birthYear: 1985,
        idType: 'cccd',
        idNumber: '001085012345',
        address: 'Thôn 1, xã Phú Hữu',
      },
      headcount: 12,
      caseKey: 'VV-001',
      resolvedByBody: 'UBND xã Phú Hữu',
      handling: 'chuyen_don',
      forwardedTo: 'Sở Tư pháp',
      resultTracking: 'Đã có văn bản trả lời',
    });
  });

  it('gives the same fingerprint to the same visit whatever its row, NFC/NFD or tone placement', () => {
    const first = parsed({ ho_ten: 'Lê Thị Hoà' });
    const second = parsed({ ho_ten: 'Lê Thị Hòa'.normalize('NFD') });
    const other = parsed({ ho_ten: 'Lê Thị Hoa' });
    expect(second.fingerprint).toBe(first.fingerprint);
    expect(other.fingerprint).not.toBe(first.fingerprint);
  });
});

describe('parseRow: a fingerprint known from an earlier pass', () => {
  it('keeps the fingerprint it is given instead of computing it again', () => {
    const header = mapHeader(Object.keys(MINIMAL), []);
    const source = { rowNumber: 2, cells: Object.values<string>(MINIMAL) };
    const computed = parseRow(source, { columns: header.columns, now: TEST_NOW }).row;
    const given = parseRow(source, {
      columns: header.columns,
      now: TEST_NOW,
      fingerprint: 'f'.repeat(64),
    }).row;
    expect(computed?.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(computed?.fingerprint).not.toBe('f'.repeat(64));
    expect(given).toEqual({ ...computed, fingerprint: 'f'.repeat(64) });
  });
});
