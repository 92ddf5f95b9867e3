/**
 * Where generated citizens live: every one of the 3,321 communes, weighted by a population proxy (how many
 * old wards and communes were merged into it, more for urban wards), with the birth-registration code of
 * the old province it came from, and a free address line in the local style (street, thôn, xóm, ấp, bản).
 */
import { readAddressSource } from '../../../electron/main/services/address/address-source';
import { BIRTH_PROVINCE_CODES } from '../../../shared/domain/province-codes';
import { foldText } from '../../../shared/domain/text-fold';
import { BIRTH_CODES } from './identity';
import { Weighted, words, type Rng } from './prng';

/** A commune as the generator uses it. */
export interface Place {
  code: string;
  name: string;
  provinceCode: string;
  provinceName: string;
  /** Birth-registration code (DOMAIN §6) of the old province most of the commune came from. */
  birthCode: string;
  isUrban: boolean;
}

/** Provinces of the south (ấp) and of the northern mountains (bản), by their new two-digit codes. */
const SOUTH = new Set(['75', '79', '80', '82', '86', '91', '92', '96']);
const NORTH_MOUNTAINS = new Set(['04', '08', '11', '12', '14', '15', '19', '20']);
const BIG_CITIES = new Set(['01', '79']);

function provinceKey(name: string): string {
  return foldText(name)
    .replace(/^(tinh|thanh pho|tp)\s+/, '')
    .replace(/[^a-z]/g, '');
}

/** Old province name → birth code; Huế was "Thừa Thiên Huế" before it became a city. */
function birthCodeIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const [code, name] of Object.entries(BIRTH_PROVINCE_CODES)) index.set(provinceKey(name), code);
  index.set('hue', '046');
  return index;
}

/** All communes with their weight and origin; reads the address package once. */
export function loadPlaces(): { places: Place[]; picker: Weighted<Place> } {
  const source = readAddressSource();
  const provinceNames = new Map(source.provinces.map((p) => [p.code, p.name]));
  const codes = birthCodeIndex();
  const merged = new Map<string, number>();
  const origin = new Map<string, string>();
  for (const unit of source.oldUnits) {
    merged.set(unit.newCommuneCode, (merged.get(unit.newCommuneCode) ?? 0) + 1);
    const code = codes.get(provinceKey(unit.oldProvince));
    if (code !== undefined && !origin.has(unit.newCommuneCode)) origin.set(unit.newCommuneCode, code);
  }
  const places = source.communes.map((commune): Place => {
    const fallback = `0${commune.provinceCode}`;
    return {
      code: commune.code,
      name: commune.name,
      provinceCode: commune.provinceCode,
      provinceName: provinceNames.get(commune.provinceCode) ?? '',
      birthCode: origin.get(commune.code) ?? (BIRTH_CODES.includes(fallback) ? fallback : '001'),
      isUrban: commune.name.startsWith('Phường'),
    };
  });
  const weight = (place: Place) =>
    Math.max(1, merged.get(place.code) ?? 1) *
    (place.isUrban ? 1.6 : 1) *
    (BIG_CITIES.has(place.provinceCode) ? 1.5 : 1);
  return { places, picker: new Weighted(places.map((place) => [place, weight(place)] as const)) };
}

/** Most people were born where they live; one in four elsewhere in the country. */
export function drawBirthCode(rng: Rng, place: Place): string {
  return rng.chance(0.75) ? place.birthCode : rng.pick(BIRTH_CODES);
}

const STREETS = words(`Lê_Lợi Trần_Hưng_Đạo Nguyễn_Trãi Hai_Bà_Trưng Quang_Trung Lý_Thường_Kiệt Lê_Duẩn
  Nguyễn_Huệ Phan_Bội_Châu Phan_Chu_Trinh Hùng_Vương Trần_Phú Ngô_Quyền Nguyễn_Du Điện_Biên_Phủ Lê_Lai
  Hoàng_Diệu Nguyễn_Văn_Cừ Võ_Thị_Sáu Cách_Mạng_Tháng_Tám Lạc_Long_Quân Âu_Cơ Bà_Triệu Tôn_Đức_Thắng
  Nguyễn_Thị_Minh_Khai Lê_Hồng_Phong Trường_Chinh Phạm_Văn_Đồng Võ_Nguyên_Giáp Nguyễn_Chí_Thanh
  Độc_Lập Thống_Nhất Hòa_Bình Chu_Văn_An Yết_Kiêu Đinh_Tiên_Hoàng Lý_Thái_Tổ Trần_Quang_Khải`).map((s) =>
  s.replace(/_/g, ' '),
);

const HAMLETS = words(`Đông Tây Nam Bắc Thượng Hạ Trung An_Phú Phú_Hòa Tân_Lập Đồng_Tâm Hòa_Bình Thắng_Lợi
  Quyết_Tiến Tiền_Phong Tân_Thành Bình_An Long_Hưng Phú_Lợi Mỹ_Lộc Thạnh_Lợi Tân_Hòa Hưng_Thịnh Bình_Minh
  Đồng_Xuân Vĩnh_An Phước_Lộc Cầu_Đình Gò_Mít Bà_Rén Nà_Lùng Khuổi_Phầy Pác_Bó Nậm_Mu`).map((s) =>
  s.replace(/_/g, ' '),
);

function ruralLine(rng: Rng, place: Place): string {
  const named = rng.chance(0.5);
  if (SOUTH.has(place.provinceCode)) return named ? `Ấp ${rng.pick(HAMLETS)}` : `Ấp ${rng.int(1, 12)}`;
  if (NORTH_MOUNTAINS.has(place.provinceCode) && rng.chance(0.6)) return `Bản ${rng.pick(HAMLETS)}`;
  if (rng.chance(0.25)) return `Xóm ${rng.int(1, 15)}`;
  return named ? `Thôn ${rng.pick(HAMLETS)}` : `Thôn ${rng.int(1, 14)}`;
}

function urbanLine(rng: Rng): string {
  const street = rng.pick(STREETS);
  const roll = rng.next();
  if (roll < 0.4) return `Số ${rng.int(1, 450)} đường ${street}`;
  if (roll < 0.65) return `Số ${rng.int(1, 80)}, ngõ ${rng.int(1, 300)} ${street}`;
  if (roll < 0.8) return `${rng.int(1, 300)}/${rng.int(1, 60)} ${street}`;
  return `Tổ ${rng.int(1, 40)}, khu phố ${rng.int(1, 12)}`;
}

/** The free address line (house number, street, hamlet); null for one citizen in seven. */
export function drawAddressLine(rng: Rng, place: Place): string | null {
  if (rng.chance(0.14)) return null;
  return place.isUrban ? urbanLine(rng) : ruralLine(rng, place);
}
