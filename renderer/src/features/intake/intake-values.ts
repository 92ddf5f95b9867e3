import type {
  Channel,
  Classification,
  Gender,
  IdType,
  ReceptionKind,
} from '../../../../shared/domain/classification';
import { toLocalDate, toLocalIso } from '../../../../shared/domain/local-time';

/** One citizen as the form holds it while the officer types (numbers stay text until saved). */
export interface PersonValues {
  fullName: string;
  gender: Gender | '';
  birthYear: string;
  idType: IdType | '';
  idNumber: string;
  /** The old CMND number kept beside a CCCD (filled from a card scan or typed). */
  oldIdNumber: string;
  phone: string;
  provinceCode: string;
  communeCode: string;
  address: string;
}

export interface DocumentValues {
  name: string;
  pages: string;
  /** 'original' = bản chính, 'copy' = bản sao. */
  copyKind: 'original' | 'copy';
  condition: string;
}

/** Everything the intake form holds; field paths match the contract's issue paths where they can. */
export interface IntakeValues {
  /** yyyy-mm-ddThh:mm, Vietnam wall clock. */
  receivedAt: string;
  /** False while the time is the running "now" (saved as null: main stamps the time). */
  isTimeSet: boolean;
  /** The stored time of an edited visit, to the second; '' for a new visit. */
  receivedAtOriginal: string;
  backEntryReason: string;
  receptionKind: ReceptionKind;
  channel: Channel;
  meetingRef: string;
  sessionId: string;
  person: PersonValues;
  headcount: string;
  representatives: PersonValues[];
  classification: Classification | '';
  subject: string;
  content: string;
  documents: DocumentValues[];
  resolvedByBody: string;
  handling: string;
  forwardedTo: string;
  resultTracking: string;
  note: string;
  refusalReason: string;
  /** Confirmed ID warnings as `person:code` or `representatives.N:code`. */
  acceptedWarnings: string[];
  /**
   * The name a scanner sent without diacritics for a citizen not on file; while the name field still
   * holds exactly this, saving asks the officer to type it with diacritics or confirm it. '' = none.
   */
  scannedAsciiName: string;
  isAsciiNameConfirmed: boolean;
}

/** The case a visit is linked to (null = the visit opens a new case). */
export interface LinkedCase {
  id: number;
  code: string;
}

/** "Now" in Vietnam as a datetime-local value. */
export function nowLocalInput(now: Date = new Date()): string {
  return toLocalIso(now).slice(0, 16);
}

/** Today's date in Vietnam (yyyy-mm-dd). */
export function todayLocal(now: Date = new Date()): string {
  return toLocalDate(now);
}

export function emptyPerson(): PersonValues {
  return {
    fullName: '',
    gender: '',
    birthYear: '',
    idType: '',
    idNumber: '',
    oldIdNumber: '',
    phone: '',
    provinceCode: '',
    communeCode: '',
    address: '',
  };
}

export function emptyDocument(): DocumentValues {
  return { name: '', pages: '', copyKind: 'copy', condition: '' };
}

export function emptyIntake(now: Date = new Date()): IntakeValues {
  return {
    receivedAt: nowLocalInput(now),
    isTimeSet: false,
    receivedAtOriginal: '',
    backEntryReason: '',
    receptionKind: 'thuong_xuyen',
    channel: 'truc_tiep',
    meetingRef: '',
    sessionId: '',
    person: emptyPerson(),
    headcount: '1',
    representatives: [],
    classification: '',
    subject: '',
    content: '',
    documents: [],
    resolvedByBody: '',
    handling: '',
    forwardedTo: '',
    resultTracking: '',
    note: '',
    refusalReason: '',
    acceptedWarnings: [],
    scannedAsciiName: '',
    isAsciiNameConfirmed: false,
  };
}

/**
 * A back-dated entry needs a reason: the time was set to a day before today, and (when editing) that day
 * differs from the one stored.
 */
export function needsBackEntryReason(
  values: Pick<IntakeValues, 'receivedAt' | 'isTimeSet' | 'receivedAtOriginal'>,
  today: string = todayLocal(),
): boolean {
  if (!values.isTimeSet) return false;
  const day = values.receivedAt.slice(0, 10);
  if (day === '' || day >= today) return false;
  return values.receivedAtOriginal === '' || values.receivedAtOriginal.slice(0, 10) !== day;
}
