import { describe, expect, it } from 'vitest';
import { PetitionDecisionInput, PetitionInput } from './petitions';

const issuesOf = (schema: typeof PetitionInput | typeof PetitionDecisionInput, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => [issue.path.join('.'), issue.message]);
};

describe('petition contract', () => {
  it('refuses bad input with Vietnamese messages saying what to do', () => {
    const base = {
      receivedOn: '2026-03-02',
      source: 'co_quan_chuyen_den',
      classification: 'to_cao',
      content: 'x',
    };
    expect(issuesOf(PetitionInput, { ...base, formSubject: 'dat_dai', level: 'lan_hai' })).toEqual([
      ['sourceBody', 'Hãy ghi cơ quan, tổ chức đã chuyển đơn đến.'],
      ['senders', 'Hãy ghi người đứng đơn, hoặc đánh dấu đơn nặc danh.'],
      ['formSubject', 'Lĩnh vực của loại đơn này phải là một trong: hành chính, tham nhũng, tư pháp, khác.'],
      ['level', 'Hãy chọn tố cáo lần đầu hay tố cáo tiếp.'],
    ]);
    expect(issuesOf(PetitionInput, { ...base, receivedOn: '2026-02-30' })[0]).toEqual([
      'receivedOn',
      'Ngày nhận đơn không hợp lệ; hãy chọn ngày theo dạng dd/mm/yyyy.',
    ]);
    expect(
      issuesOf(PetitionDecisionInput, {
        id: 1,
        decidedOn: '2026-03-05',
        eligibility: 'du_dieu_kien',
        competence: 'khong_thuoc',
        outcome: 'thu_ly',
      }),
    ).toEqual([
      ['outcome', 'Với điều kiện và thẩm quyền đã chọn, kết quả xử lý phải là hướng dẫn hoặc chuyển đơn.'],
    ]);
    expect(
      issuesOf(PetitionDecisionInput, {
        id: 1,
        decidedOn: '2026-03-05',
        eligibility: 'khong_du_dieu_kien',
        outcome: 'luu_don',
      }),
    ).toEqual([['ineligibleReason', 'Hãy ghi lý do đơn không đủ điều kiện xử lý.']]);
  });
});
