import { describe, expect, it } from 'vitest';
import { useTallyScenario } from '../../../../test/fixtures/use-tally-scenario';
import { testContext } from '../../../../test/fixtures/test-db';
import { renderFiles } from '../exports/report-files';
import { updateSetting } from '../settings-editor';
import { drill } from './drill';

const { db, engine } = useTallyScenario();

describe('the office identity comes from the settings', () => {
  it('uses office_code and office_name as set in Cài đặt', async () => {
    await updateSetting(testContext(db()), 'office_code', 'BTCD-MAU');
    const result = await engine().compute({ periodSpec: '2024-H1', compare: false });
    expect(result.office).toEqual({ code: 'BTCD-MAU', name: 'Ban Tiếp công dân huyện Mẫu' });
    const [file] = await renderFiles(result, 'package');
    expect(file!.name).toBe('BTCD-MAU-2024-H1-tt01-2024.zip');
  });

  it('without a code the reports still come out, but the data package is refused with what to do', async () => {
    const result = await engine().compute({ periodSpec: '2024-H1', compare: false });
    expect(result.office).toEqual({ code: '', name: 'Ban Tiếp công dân huyện Mẫu' });
    expect(result.reports[0]!.rows[0]!.values['1']).toBe(8);
    expect((await renderFiles(result, 'xlsx'))[0]!.name).toBe('donvi-2024-H1-tt01-2024.xlsx');
    await expect(renderFiles(result, 'package')).rejects.toMatchObject({
      code: 'CONFLICT',
      message:
        'Chưa đặt mã đơn vị: hãy vào Cài đặt → Cơ quan, nhập "Mã đơn vị" (ví dụ UBNDXA01) rồi lập gói dữ liệu.',
    });
  });
});

describe('weeks start on the week_start_day setting', () => {
  it.each([
    [undefined, 'Tuần 9 năm 2024 (01/03/2024 – 07/03/2024)', '2024-03-01', '2024-03-07', 2],
    [1, 'Tuần 9 năm 2024 (26/02/2024 – 03/03/2024)', '2024-02-26', '2024-03-03', 2],
    [6, 'Tuần 9 năm 2024 (02/03/2024 – 08/03/2024)', '2024-03-02', '2024-03-08', 1],
  ])('start day %s: 2024-W09 = %s', async (day, label, from, to, visits) => {
    if (day !== undefined) await updateSetting(testContext(db()), 'week_start_day', day);
    const result = await engine().compute({ periodSpec: '2024-W09', compare: true });
    expect(result.period).toEqual({ spec: '2024-W09', from, to, label });
    expect(result.summary!.visits).toBe(visits);
    expect(result.reports[0]!.rows[0]!.values['1']).toBe(visits);
  });

  it('"cùng kỳ" of a week uses the same start day (Monday: 2023-W09 = 27/02/2023 – 05/03/2023)', async () => {
    await updateSetting(testContext(db()), 'week_start_day', 1);
    const result = await engine().compute({ periodSpec: '2024-W09', compare: true });
    expect(result.compare!.period).toEqual({
      spec: '2023-W09',
      from: '2023-02-27',
      to: '2023-03-05',
      label: 'Tuần 9 năm 2023 (27/02/2023 – 05/03/2023)',
    });
  });

  it('drill-down lists the visits of the week as the setting cuts it', async () => {
    await updateSetting(testContext(db()), 'week_start_day', 6);
    const tally = engine();
    const result = await tally.compute({ periodSpec: '2024-W09', compare: false });
    const rowKey = result.reports[0]!.rows[0]!.key;
    const found = await drill(tally, {
      periodSpec: '2024-W09',
      reportId: 'bieu-01-tcd',
      rowKey,
      column: '1',
      isCompared: false,
    });
    expect(found.records.map((record) => record.date)).toEqual(['02/03/2024']);
  });

  it('a week the year does not have names the start day (Thứ Bảy: 2026 has 52 weeks)', async () => {
    await updateSetting(testContext(db()), 'week_start_day', 6);
    expect(await engine().weekStartDay()).toBe(6);
    await expect(engine().compute({ periodSpec: '2026-W53', compare: false })).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining('năm 2026 chỉ có 52 tuần (tuần bắt đầu từ Thứ Bảy)') as unknown,
    });
  });

  it('the setting takes 0–6 only, with the weekday names in its label', async () => {
    await expect(updateSetting(testContext(db()), 'week_start_day', 7)).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message:
        '"Tuần báo cáo bắt đầu từ (0 = Chủ nhật, 1 = Thứ Hai, 2 = Thứ Ba, 3 = Thứ Tư, 4 = Thứ Năm, 5 = Thứ Sáu, 6 = Thứ Bảy)" phải từ 0 đến 6.',
    });
    expect(await engine().weekStartDay()).toBe(5);
  });
});
