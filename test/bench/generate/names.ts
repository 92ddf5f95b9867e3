/**
 * Vietnamese full names with realistic frequencies: họ (family name) from published surname shares,
 * đệm (middle name) by sex and generation, tên (given name) from lists of common names, most common first.
 */
import type { Gender } from '../../../shared/domain/classification';
import { Weighted, words, zipf, type Rng } from './prng';

/** Surname shares in percent (Nguyễn ≈ 38%, Trần 11%, Lê 9.5% …); "others" share the rest. */
const MAIN_SURNAMES: readonly (readonly [string, number])[] = [
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 2.6],
  ['Huỳnh', 2.4],
  ['Phan', 4.5],
  ['Vũ', 2],
  ['Võ', 1.9],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
];

const OTHER_SURNAMES = words(`Đinh Đoàn Lâm Mai Trịnh Lương Cao Tạ Chu Hà Lưu Tô Quách Kiều Thái Phùng La Châu
  Triệu Vương Tăng Hứa Âu Khúc Mạc Giang Tôn Từ Nông Lò Thạch Danh Văn Diệp Lục Kim Ninh Quan Tống Vi Hầu`);

const OTHERS_SHARE = 100 - MAIN_SURNAMES.reduce((sum, [, share]) => sum + share, 0);

const SURNAMES = new Weighted<string>([
  ...MAIN_SURNAMES,
  ...OTHER_SURNAMES.map(
    (name, rank) => [name, (OTHERS_SHARE * (1 / (rank + 2))) / harmonic(OTHER_SURNAMES.length, 2)] as const,
  ),
]);

function harmonic(count: number, offset: number): number {
  let sum = 0;
  for (let rank = 0; rank < count; rank++) sum += 1 / (rank + offset);
  return sum;
}

/** Đệm for men: Văn dominates among the older generations; '' = no middle name. */
const MIDDLE_MALE: readonly (readonly [string, number])[] = [
  ['Văn', 40],
  ['Đức', 6],
  ['Minh', 6],
  ['Hữu', 5],
  ['Quang', 5],
  ['Đình', 4],
  ['Thanh', 4],
  ['Xuân', 3],
  ['Công', 3],
  ['Ngọc', 3],
  ['Quốc', 3],
  ['Anh', 2],
  ['Trọng', 2],
  ['Duy', 2],
  ['Mạnh', 2],
  ['Thế', 2],
  ['Tiến', 2],
  ['Bá', 1.5],
  ['Hoàng', 1.5],
  ['Viết', 1],
  ['Khắc', 1],
  ['Tuấn', 1],
  ['Thành', 1],
  ['Trung', 1],
  ['Kim', 0.5],
  ['Văn Minh', 0.5],
  ['Hoàng Minh', 0.5],
  ['', 2],
];

/** Đệm for women: Thị dominates among the older generations. */
const MIDDLE_FEMALE: readonly (readonly [string, number])[] = [
  ['Thị', 50],
  ['Ngọc', 6],
  ['Thu', 4],
  ['Thanh', 4],
  ['Minh', 3],
  ['Kim', 3],
  ['Thùy', 3],
  ['Hồng', 3],
  ['Mai', 2],
  ['Phương', 2],
  ['Bích', 2],
  ['Xuân', 2],
  ['Thị Thu', 2],
  ['Thị Ngọc', 2],
  ['Thị Kim', 1],
  ['Thị Thanh', 1],
  ['Diệu', 1],
  ['Khánh', 1],
  ['Bảo', 1],
  ['Quỳnh', 1],
  ['Hải', 1],
  ['Thúy', 1],
  ['Lan', 1],
  ['Ánh', 1],
  ['', 1],
];

/** Common men's given names, most common first. */
const GIVEN_MALE = words(`Hùng Dũng Tuấn Minh Anh Hải Nam Long Thắng Sơn Quang Huy Đức Thành Trung Phong Cường
  Tùng Hiếu Khánh Bình Hưng Việt Hòa Lâm Toàn Thịnh Vinh Phúc Tài Hiệp Kiên Lộc Công Tâm Thanh Tiến Quân Quý
  Tú Duy Đạt Khoa Khôi Hậu Lực Nghĩa Nhân Phát Sang Tân Thái Thiện Thông Trí Trọng Tuyến Vũ Bảo Chiến Chính
  Châu Danh Dương Điệp Định Đông Giang Hào Hiển Hoan Học Hợp Huân Kha Khải Khang Kỳ Lợi Luân Mạnh Ninh Phương
  Quyết Sáng Sỹ Tạo Thạch Thuận Tín Tĩnh Triều Trường Tuệ Tường Vĩnh Xuân An Ân Bằng Biên Cảnh Cẩn Chung Cương
  Đại Đăng Độ Giáp Hiền Hoạt Hội Hồng Khiêm Khương Lạc Linh Luận Lương Mẫn Nguyên Nhật Phú Phụng Quảng Quốc
  Sinh Tấn Thạnh Thao Thức Toại Triết Trực Túc Uy Vận Vượng Đoàn Hoàng Kiệt Lập Lĩnh Nghị Quyền Sáu Bảy Tám`);

/** Common women's given names, most common first. */
const GIVEN_FEMALE = words(`Hương Lan Linh Hà Trang Thảo Hoa Mai Anh Ngọc Huyền Thủy Hằng Nga Phương Hạnh Thúy
  Dung Yến Loan Nhung Oanh Hồng Liên Vân Thu Hiền Hậu Quỳnh Diệp Chi Giang Hải Hòa Hường Khánh Lệ Lý My Nguyệt
  Nhi Nhàn Ninh Phượng Quyên Sen Sương Tâm Thắm Thanh Thơ Thoa Thùy Tiên Trâm Trinh Tú Tuyết Uyên Vi Xuân Ánh
  Bích Cúc Duyên Đào Gấm Hạ Hân Kim Lài Liễu Lụa Mơ Mận Mến Nương Phấn Quế Thìn Thơm Tươi Vui Xoan Ngân Như
  Diễm Diệu Huệ Khuê Lam Mỹ Ngà Nhạn Phúc Thư Trà Trúc Tuyền Vy Bình Châu Dịu Điệp Hiên Hoài Hợi Huyên Kiều
  Lành Lịch Luyến Mùi Na Nụ Nhài Nhị Nhiên Phụng Quý Son Sinh Tình Thêm Thịnh Thuận Thương Tính Trầm Tuyển`);

const MIDDLE = { nam: new Weighted(MIDDLE_MALE), nu: new Weighted(MIDDLE_FEMALE) } as const;
const GIVEN = { nam: zipf(GIVEN_MALE, 0.9, 3), nu: zipf(GIVEN_FEMALE, 0.9, 3) } as const;
const TRADITIONAL = { nam: 'Văn', nu: 'Thị' } as const;

/** How many distinct given names the generator knows (men, women). */
export const GIVEN_NAME_COUNTS = { nam: GIVEN_MALE.length, nu: GIVEN_FEMALE.length } as const;

/** A surname drawn with the national shares. */
export function drawSurname(rng: Rng): string {
  return SURNAMES.pick(rng);
}

/**
 * Đệm by sex; people born from the mid-1980s are less often given Văn/Thị, so one draw in two of those
 * is redrawn.
 */
export function drawMiddle(rng: Rng, gender: Gender, birthYear: number): string {
  const middle = MIDDLE[gender].pick(rng);
  if (birthYear >= 1985 && middle === TRADITIONAL[gender] && rng.chance(0.5)) return MIDDLE[gender].pick(rng);
  return middle;
}

/** A full name, NFC, single spaces: "Nguyễn Văn Hùng", "Trần Thị Thu Hương". */
export function drawFullName(rng: Rng, gender: Gender, birthYear: number): string {
  const middle = drawMiddle(rng, gender, birthYear);
  const given = GIVEN[gender].pick(rng);
  return [drawSurname(rng), middle, given].filter((part) => part !== '').join(' ');
}
