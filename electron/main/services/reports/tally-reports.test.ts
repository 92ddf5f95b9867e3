import { describe, expect, it } from 'vitest';
import { useTallyScenario } from '../../../../test/fixtures/use-tally-scenario';
import { MASKED_NAME } from '../confidentiality';
import { drill } from './drill';

const { scenario, engine } = useTallyScenario();

function rowsOf(result: Awaited<ReturnType<ReturnType<typeof engine>['compute']>>, reportId: string) {
  const table = result.reports.find((report) => report.reportId === reportId)!;
  return Object.fromEntries(table.rows.map((row) => [row.key, table.columns.map((c) => row.values[c])]));
}

describe('the report set of a period', () => {
  it('defaults 2024-H1 to TT 01/2024 and lists the reports in order', async () => {
    const result = await engine().compute({ periodSpec: '2024-H1', compare: false });
    expect(result.regime).toBe('tt01-2024');
    expect(result.period).toEqual({
      spec: '2024-H1',
      from: '2023-12-15',
      to: '2024-06-14',
      label: '6 tháng đầu năm 2024',
    });
    expect(result.reports.map((report) => report.reportId)).toEqual([
      'bieu-01-tcd',
      'linh-vuc',
      'huong-xu-ly',
      'ky-tiep',
      'doi-thoai',
      'hang-cho',
    ]);
    expect(result.office).toEqual({
      code: '',
      name: 'Ban Tiếp công dân huyện Mẫu',
    });
    expect(result.reports.every((report) => report.identities.every((check) => check.holds))).toBe(true);
  });

  it('breaks visits, persons and cases down by phân loại × lĩnh vực (2a grouping)', async () => {
    const rows = rowsOf(await engine().compute({ periodSpec: '2024-H1', compare: false }), 'linh-vuc');
    expect(rows).toMatchObject({
      kn: [4, 13, 3],
      'kn-hanh-chinh': [4, 13, 3],
      'kn-dat_dai': [3, 7, 2],
      'kn-che_do_cbccvc': [1, 6, 1],
      'kn-tu-phap': [0, 0, 0],
      'kn-khac': [0, 0, 0],
      tc: [3, 3, 2],
      'tc-tham-nhung': [2, 2, 1],
      'tc-tu-phap': [1, 1, 1],
      'kn-pa': [1, 4, 1],
      tong: [8, 20, 6],
    });
  });

  it('counts by hướng xử lý and lists the refused reception apart', async () => {
    const result = await engine().compute({ periodSpec: '2024-H1', compare: false });
    expect(rowsOf(result, 'huong-xu-ly')).toEqual({
      thu_ly: [2, 2],
      tra_lai_huong_dan: [0, 0],
      chuyen_don: [1, 1],
      tra_loi_truc_tiep: [0, 0],
      'chua-xu-ly': [5, 17],
      tong: [8, 20],
      'tu-choi': [1, 1],
    });
    const table = result.reports.find((report) => report.reportId === 'huong-xu-ly')!;
    expect(table.rows.find((row) => row.key === 'tu-choi')?.isApart).toBe(true);
  });

  it('gives sessions, days and dialogues from the reception figures', async () => {
    const result = await engine().compute({ periodSpec: '2024-H1', compare: false });
    expect(rowsOf(result, 'ky-tiep')).toEqual({
      'thu-truong': [2, 4, 2, 2, 7, 2],
      'uy-quyen': [2, 2, 2, 2, 2, 2],
      tong: [4, 6, 4, 4, 9, 4],
    });
    expect(rowsOf(result, 'doi-thoai')).toEqual({ tong: [2, 45, 130, 40, 5] });
  });

  it('compares with cùng kỳ and writes the narrative with distinct citizens', async () => {
    const result = await engine().compute({ periodSpec: '2024-H1', compare: true });
    expect(result.compare?.period).toEqual({
      spec: '2023-H1',
      from: '2022-12-15',
      to: '2023-06-14',
      label: '6 tháng đầu năm 2023',
    });
    expect(result.compare?.reports[0]?.rows[0]?.values).toMatchObject({
      '1': 1,
      '2': 3,
      '3': 1,
      '4': 1,
      '5': 3,
      '6': 1,
      '7': 0,
    });
    expect(result.summary).toEqual({
      visits: 8,
      headcount: 20,
      distinctPersons: 7,
      cases: 6,
      refused: 1,
      dialogues: { count: 2, opinions: 45, attendees: 130 },
    });
    expect(result.narrative).toBe(
      'Trong 6 tháng đầu năm 2024, Ban Tiếp công dân huyện Mẫu đã tiếp 8 lượt với 7 người, tăng 7 lượt, ' +
        'tăng 6 người so với cùng kỳ 2023 với 6 vụ việc khiếu nại, tố cáo, kiến nghị, phản ánh. ' +
        'Ban Tiếp công dân huyện Mẫu tổ chức được 2 cuộc đối thoại trực tiếp với 45 ý kiến, có 130 đại biểu ' +
        'tham dự. Từ chối tiếp 1 lượt (không tính vào số liệu trên).',
    );
  });

  it('refuses an unreadable period with the Vietnamese reason', async () => {
    await expect(engine().compute({ periodSpec: '2024-Q5', compare: false })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('quý phải từ 1 đến 4') as string,
    });
  });
});

describe('drill-down', () => {
  const base = {
    periodSpec: '2024-H1',
    regime: 'tt06-2025' as const,
    reportId: 'bieu-01-tcd',
    rowKey: 'don-vi',
  };

  it('lists the desk visits behind column 5, in order', async () => {
    const result = await drill(engine(), { ...base, column: '5', isCompared: false });
    const { v1, v5, v4, v6 } = scenario().visits;
    expect(result).toMatchObject({ kind: 'visits', value: 4, total: 4 });
    expect(result.records.map((record) => record.id)).toEqual([v1, v5, v4, v6]);
    expect(result.records[0]).toEqual({
      id: v1,
      date: '10/01/2024',
      title: 'Nguyễn Văn An',
      detail: 'Tiếp thường xuyên · Khiếu nại · 1 người · vụ việc A',
      link: `/so-tiep-cong-dan/${v1}`,
    });
  });

  it('lists the cases placed under the head (col 13) and under the desk (col 7)', async () => {
    const { a, c, d, f } = scenario().cases;
    const head = await drill(engine(), { ...base, column: '13', isCompared: false });
    expect(head.records.map((record) => [record.id, record.link])).toEqual([
      [a, `/vu-viec/${a}`],
      [f, `/vu-viec/${f}`],
    ]);
    const desk = await drill(engine(), { ...base, column: '7', isCompared: false });
    expect(desk.records.map((record) => record.id)).toEqual([c, d]);
  });

  it("masks a denouncer's name in the delegated visits (col 17)", async () => {
    const result = await drill(engine(), { ...base, column: '17', isCompared: false });
    expect(result.records.map((record) => [record.id, record.title])).toEqual([
      [scenario().visits.v3, MASKED_NAME],
      [scenario().visits.v9, MASKED_NAME],
    ]);
  });

  it('lists the sessions behind số kỳ tiếp (old col 12), the refused visit, and cùng kỳ', async () => {
    const { s1, s2 } = scenario().sessions;
    const sessions = await drill(engine(), { ...base, regime: 'tt01-2024', column: '12', isCompared: false });
    expect(sessions).toMatchObject({ kind: 'sessions', value: 2, total: 2 });
    expect(sessions.records.map((record) => record.id)).toEqual([s1, s2]);
    const refused = await drill(engine(), {
      ...base,
      reportId: 'huong-xu-ly',
      rowKey: 'tu-choi',
      column: '1',
      isCompared: false,
    });
    expect(refused.records.map((record) => record.id)).toEqual([scenario().visits.v7]);
    const previous = await drill(engine(), { ...base, column: '1', isCompared: true });
    expect(previous.total).toBe(1);
  });

  it('answers NOT_FOUND for a figure the report does not have', async () => {
    await expect(drill(engine(), { ...base, column: '22', isCompared: false })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
