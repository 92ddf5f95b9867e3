import { useSearchParams } from 'react-router';
import type { PrintSettings } from '../../../shared/contract/print';
import type { VisitDetail } from '../../../shared/contract/visits';
import { documentDate } from '../../../shared/domain/document-date';
import { DocumentHeader, documentNumber } from './DocumentHeader';
import { BLANK, classificationWord, isHiddenOn, orBlank, printedPerson, upper } from './print-text';
import { SignatureBlock } from './SignatureBlock';
import { VisitPrintFrame } from './VisitPrintFrame';

/** What the officer typed into the appointment: `?date=yyyy-mm-dd&time=hh:mm&place=…&bring=…`. */
interface Appointment {
  date: string | null;
  time: string | null;
  place: string | null;
  bring: string | null;
}

function readAppointment(search: URLSearchParams): Appointment {
  const text = (name: string) => search.get(name)?.trim() || null;
  const date = text('date');
  return {
    date: date !== null && /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : null,
    time: text('time'),
    place: text('place'),
    bring: text('bring'),
  };
}

/** Phiếu hẹn (A5): when and where to come back, what to bring, whom to call. */
export function AppointmentPrint() {
  const [search] = useSearchParams();
  return (
    <VisitPrintFrame kind="appointment">
      {({ visit, settings }) => (
        <AppointmentSheet visit={visit} settings={settings} appointment={readAppointment(search)} />
      )}
    </VisitPrintFrame>
  );
}

interface SheetProps {
  visit: VisitDetail;
  settings: PrintSettings;
  appointment: Appointment;
}

function AppointmentSheet({ visit, settings, appointment }: SheetProps) {
  const person = printedPerson(visit.person, isHiddenOn('appointment', visit));
  const office = settings.officeName || 'Bộ phận tiếp công dân';
  const when = `${appointment.time ?? BLANK}, ${appointment.date ? documentDate(appointment.date) : 'ngày …… tháng …… năm ……'}`;
  return (
    <>
      <DocumentHeader
        settings={settings}
        number={documentNumber(visit.id, 'PH', settings)}
        date={visit.receivedAt}
      />
      <h2 className="doc-title">PHIẾU HẸN</h2>
      <p className="doc-subtitle">Vụ việc {visit.caseCode}</p>
      <div className="doc-body">
        <p>
          {office} hẹn ông (bà): {person.name}
        </p>
        <p>Địa chỉ: {person.address}</p>
        <p>
          Về việc: đơn {classificationWord(visit)} đã trình bày {documentDate(visit.receivedAt)}.
        </p>
        <p>Đến làm việc vào hồi: {when}</p>
        <p>Tại: {appointment.place ?? orBlank(settings.officeAddress || settings.officeName)}</p>
        <p>Khi đến, xin mang theo: {appointment.bring ?? 'giấy tờ tùy thân và phiếu hẹn này'}.</p>
        <p>Mọi thông tin xin liên hệ: {orBlank(settings.contact)}</p>
      </div>
      <SignatureBlock
        left={<div />}
        right={{
          title: upper(settings.officerTitle || 'Cán bộ tiếp công dân'),
          hint: '(Ký, ghi rõ họ tên)',
          name: visit.officerName,
        }}
      />
    </>
  );
}
