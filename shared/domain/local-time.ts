/**
 * Vietnam keeps UTC+7 all year (no daylight saving), and reporting periods are cut on local dates, so
 * every stored time carries the +07:00 offset whatever the machine's own time zone is.
 */
const OFFSET_MINUTES = 7 * 60;
const OFFSET_TEXT = '+07:00';

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** ISO-8601 text with the +07:00 offset, to the second: 2026-11-27T19:44:05+07:00. */
export function toLocalIso(instant: Date): string {
  const shifted = new Date(instant.getTime() + OFFSET_MINUTES * 60_000);
  return (
    `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}` +
    `T${pad(shifted.getUTCHours())}:${pad(shifted.getUTCMinutes())}:${pad(shifted.getUTCSeconds())}` +
    OFFSET_TEXT
  );
}

/** The local calendar date (yyyy-mm-dd) of an instant in Vietnam. */
export function toLocalDate(instant: Date): string {
  return toLocalIso(instant).slice(0, 10);
}

/** dd/mm/yyyy hh:mm as officers read it, from stored ISO text. */
export function formatLocalDateTime(iso: string): string {
  const [date = '', time = ''] = iso.split('T');
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year} ${time.slice(0, 5)}`;
}

/** dd/mm/yyyy from yyyy-mm-dd or stored ISO text. */
export function formatLocalDate(isoOrDate: string): string {
  const [year, month, day] = isoOrDate.slice(0, 10).split('-');
  return `${day}/${month}/${year}`;
}

/** A local wall-clock time typed in Vietnam (yyyy-mm-ddThh:mm[:ss]) as stored ISO text with +07:00. */
export function localInputToIso(typed: string): string {
  return `${typed.length === 16 ? `${typed}:00` : typed}+07:00`;
}
