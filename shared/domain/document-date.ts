/**
 * Dates as administrative documents write them (NĐ 30/2020, Phụ lục I): days 1–9 and months 1–2 take a
 * leading zero ("ngày 05 tháng 02 năm 2026", "ngày 15 tháng 3 năm 2026").
 */
function parts(isoOrDate: string): { year: number; month: number; day: number } {
  const [year = '0', month = '0', day = '0'] = isoOrDate.slice(0, 10).split('-');
  return { year: Number(year), month: Number(month), day: Number(day) };
}

function dayText(day: number): string {
  return String(day).padStart(2, '0');
}

function monthText(month: number): string {
  return month <= 2 ? String(month).padStart(2, '0') : String(month);
}

/** "ngày 05 tháng 02 năm 2026" from yyyy-mm-dd or stored ISO text. */
export function documentDate(isoOrDate: string): string {
  const { year, month, day } = parts(isoOrDate);
  return `ngày ${dayText(day)} tháng ${monthText(month)} năm ${year}`;
}

/** The place-and-date line: "Hà Nội, ngày 05 tháng 02 năm 2026"; dotted when the place is not set. */
export function placeDateLine(placeName: string, isoOrDate: string): string {
  const place = placeName.trim() === '' ? '……………' : placeName.trim();
  return `${place}, ${documentDate(isoOrDate)}`;
}

/** "09 giờ 30 phút, ngày 05 tháng 3 năm 2026" from stored ISO text with a time. */
export function documentDateTime(iso: string): string {
  const time = iso.split('T')[1] ?? '00:00';
  return `${time.slice(0, 2)} giờ ${time.slice(3, 5)} phút, ${documentDate(iso)}`;
}

/** Copy counts are written with two digits on Vietnamese forms: "02 bản", "03 bản". */
export function twoDigits(value: number): string {
  return String(value).padStart(2, '0');
}
