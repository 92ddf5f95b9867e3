/**
 * What the generated cases are about: classification and subject distributions (land dominates, as every
 * published report shows), content sentences built from templates per subject, and follow-up wording
 * for the repeat visits of a case.
 */
import type { Classification } from '../../../shared/domain/classification';
import type { SubjectCode } from '../../../shared/domain/subjects';
import { Weighted, type Rng } from './prng';

export const CLASSIFICATION = new Weighted<Classification>([
  ['khieu_nai', 42],
  ['kien_nghi', 28],
  ['phan_anh', 18],
  ['to_cao', 12],
]);

type SubjectWeights = readonly (readonly [SubjectCode | null, number])[];

const SUBJECTS_BY_CLASSIFICATION: Record<Classification, SubjectWeights> = {
  khieu_nai: [
    ['dat_dai', 62],
    ['chinh_sach', 12],
    ['nha_tai_san', 8],
    ['hanh_chinh_khac', 6],
    ['che_do_cbccvc', 5],
    ['tu_phap', 4],
    ['khac', 2],
    [null, 1],
  ],
  to_cao: [
    ['tham_nhung', 30],
    ['dat_dai', 25],
    ['hanh_chinh_khac', 20],
    ['tu_phap', 15],
    ['che_do_cbccvc', 5],
    ['khac', 4],
    [null, 1],
  ],
  kien_nghi: [
    ['dat_dai', 45],
    ['chinh_sach', 20],
    ['hanh_chinh_khac', 12],
    ['ct_vh_xh', 8],
    ['nha_tai_san', 7],
    ['khac', 7],
    [null, 1],
  ],
  phan_anh: [
    ['dat_dai', 35],
    ['hanh_chinh_khac', 25],
    ['ct_vh_xh', 20],
    ['chinh_sach', 8],
    ['khac', 11],
    [null, 1],
  ],
};

const SUBJECT_PICKERS = Object.fromEntries(
  Object.entries(SUBJECTS_BY_CLASSIFICATION).map(([key, weights]) => [key, new Weighted(weights)]),
) as Record<Classification, Weighted<SubjectCode | null>>;

export function drawSubject(rng: Rng, classification: Classification): SubjectCode | null {
  return SUBJECT_PICKERS[classification].pick(rng);
}

/** Slot values a template may use. */
export interface ContentPlace {
  commune: string;
  hamlet: string;
}

type Template = (rng: Rng, place: ContentPlace, year: number) => string;

const PROJECTS = ['mở rộng quốc lộ', 'khu dân cư mới', 'khu công nghiệp', 'đường vành đai', 'trường học'];
const OFFICIALS = ['cán bộ địa chính', 'Chủ tịch UBND', 'Phó Chủ tịch UBND', 'trưởng thôn', 'kế toán'];

/** Object phrases per subject; each reads after "Khiếu nại / Tố cáo / Kiến nghị về / Phản ánh". */
const TEMPLATES: Record<SubjectCode, Template[]> = {
  dat_dai: [
    (r, p, y) =>
      `việc UBND ${p.commune} ban hành Quyết định số ${r.int(10, 990)}/QĐ-UBND năm ${y} thu hồi ${r.int(50, 2500)} m² đất nông nghiệp tại thửa số ${r.int(1, 600)}, tờ bản đồ số ${r.int(1, 60)}; đề nghị xem xét lại mức bồi thường, hỗ trợ`,
    (r, p) =>
      `việc tranh chấp ranh giới thửa đất số ${r.int(1, 600)}, tờ bản đồ số ${r.int(1, 60)} với hộ liền kề tại ${p.hamlet}, ${p.commune}; đề nghị đo đạc, hòa giải`,
    (r, _p, y) =>
      `việc chậm cấp Giấy chứng nhận quyền sử dụng đất cho ${r.int(80, 900)} m² đất gia đình sử dụng ổn định từ năm ${y - r.int(15, 40)}`,
    (r, p) =>
      `việc đòi lại ${r.int(100, 3000)} m² đất ông bà để lại tại ${p.hamlet}, hiện do hợp tác xã quản lý, sử dụng`,
    (r, p) =>
      `việc giá bồi thường, hỗ trợ tái định cư khi thực hiện dự án ${r.pick(PROJECTS)} qua ${p.commune} thấp hơn giá thị trường`,
    (_r, p) => `việc san lấp, xây dựng trái phép trên đất nông nghiệp tại ${p.hamlet}, ${p.commune}`,
  ],
  chinh_sach: [
    (r) =>
      `việc chưa được giải quyết chế độ người có công với cách mạng cho ${r.pick(['bố', 'mẹ', 'chồng', 'ông nội'])} là ${r.pick(['liệt sĩ', 'thương binh', 'người hoạt động kháng chiến bị nhiễm chất độc hóa học'])}`,
    (r, _p, y) => `việc bị cắt trợ cấp xã hội hằng tháng từ tháng ${r.int(1, 12)}/${y}`,
    (_r, p, y) => `việc không được xét hộ cận nghèo năm ${y} tại ${p.hamlet}, ${p.commune}`,
    (r) =>
      `việc chậm chi trả ${r.pick(['bảo hiểm xã hội một lần', 'trợ cấp thất nghiệp', 'tiền hỗ trợ sau thiên tai'])}`,
  ],
  nha_tai_san: [
    (r) =>
      `việc tranh chấp quyền sở hữu nhà ở số ${r.int(1, 300)} giữa các thành viên trong gia đình sau khi ${r.pick(['bố', 'mẹ'])} mất`,
    (_r, p) => `việc hộ liền kề xây dựng làm nứt, lún nhà ở của gia đình tại ${p.hamlet}, ${p.commune}`,
    (r) =>
      `việc chưa được trả lại ${r.pick(['xe mô tô', 'máy xúc', 'hàng hóa', 'giấy tờ nhà đất'])} bị tạm giữ`,
  ],
  che_do_cbccvc: [
    (r, p) =>
      `việc Quyết định kỷ luật ${r.pick(['khiển trách', 'cảnh cáo', 'buộc thôi việc'])} đối với viên chức Trường ${r.pick(['Tiểu học', 'THCS', 'Mầm non'])} ${p.commune}`,
    (r, _p, y) =>
      `việc chậm giải quyết chế độ ${r.pick(['nghỉ hưu', 'thôi việc', 'tinh giản biên chế'])} năm ${y}`,
    () => 'việc xếp lương, nâng bậc lương không đúng quy định',
  ],
  hanh_chinh_khac: [
    (_r, p) => `thái độ làm việc của cán bộ bộ phận một cửa UBND ${p.commune}`,
    (r) =>
      `việc chậm giải quyết hồ sơ ${r.pick(['đăng ký hộ kinh doanh', 'cấp phép xây dựng', 'chứng thực'])}`,
    (_r, p) => `tình trạng ô nhiễm môi trường do cơ sở chăn nuôi tại ${p.hamlet}, ${p.commune}`,
    (_r, p) => `việc đường giao thông nông thôn tại ${p.hamlet} xuống cấp, chưa được sửa chữa`,
  ],
  tu_phap: [
    (r, _p, y) =>
      `việc xem xét lại Bản án dân sự phúc thẩm số ${r.int(1, 400)}/${y}/DS-PT theo thủ tục giám đốc thẩm`,
    (r, _p, y) => `việc chậm thi hành Bản án số ${r.int(1, 400)}/${y}/DS-ST của Tòa án nhân dân khu vực`,
    (r) => `hành vi lừa đảo chiếm đoạt ${r.int(50, 900)} triệu đồng của một nhóm người cho vay`,
  ],
  tham_nhung: [
    (r, p) =>
      `${r.pick(OFFICIALS)} ${p.commune} có dấu hiệu nhận tiền của người dân khi làm thủ tục cấp Giấy chứng nhận quyền sử dụng đất`,
    (_r, p, y) => `sai phạm trong quản lý, sử dụng kinh phí xây dựng nhà văn hóa ${p.hamlet} năm ${y}`,
    (_r, p) => `việc lập khống danh sách hỗ trợ hộ nghèo tại ${p.commune}`,
  ],
  ct_vh_xh: [
    (_r, p) => `tình trạng quán karaoke tại ${p.hamlet} gây tiếng ồn sau 22 giờ`,
    (_r, p) => `tình trạng mất an ninh trật tự, tụ tập đua xe tại ${p.commune}`,
    () => 'việc tổ chức lễ hội thu phí trái quy định',
  ],
  khac: [
    (r) => `việc hướng dẫn thủ tục ${r.pick(['thừa kế', 'tách thửa', 'nhận con nuôi', 'đăng ký kết hôn'])}`,
    () => 'việc cung cấp thông tin về quy hoạch sử dụng đất của địa phương',
  ],
};

const LEADS: Record<Classification, readonly string[]> = {
  khieu_nai: ['Khiếu nại'],
  to_cao: ['Tố cáo'],
  kien_nghi: ['Kiến nghị về', 'Đề nghị xem xét'],
  phan_anh: ['Phản ánh'],
};

const CLOSINGS = [
  '',
  '; đề nghị cơ quan có thẩm quyền xem xét, giải quyết.',
  '. Công dân cung cấp bản sao các giấy tờ liên quan.',
  '; đã gửi đơn nhiều lần nhưng chưa được trả lời.',
];

/** The content of a case's first visit (also the case summary). */
export function caseContent(
  rng: Rng,
  classification: Classification,
  subject: SubjectCode | null,
  place: ContentPlace,
  year: number,
): string {
  const template = rng.pick(TEMPLATES[subject ?? 'khac']);
  const closing = rng.pick(CLOSINGS);
  return `${rng.pick(LEADS[classification])} ${template(rng, place, year)}${closing === '' ? '.' : closing}`;
}

const FOLLOW_UPS = [
  'Hỏi tiến độ giải quyết vụ việc: ',
  'Không đồng ý với kết quả giải quyết lần đầu, tiếp tục trình bày: ',
  'Bổ sung tài liệu, chứng cứ cho nội dung: ',
  'Đề nghị Chủ tịch xem xét lại: ',
  'Tiếp tục đến trình bày: ',
];

/** A repeat visit's content: a follow-up phrase and the gist of the case (at most `maxGist` characters). */
export function followUpContent(rng: Rng, summary: string, maxGist = 220): string {
  const gist = summary.length > maxGist ? `${summary.slice(0, maxGist - 3).trimEnd()}...` : summary;
  return `${rng.pick(FOLLOW_UPS)}${gist.charAt(0).toLowerCase()}${gist.slice(1)}`;
}
