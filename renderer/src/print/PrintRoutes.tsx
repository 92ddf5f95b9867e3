import { Route, Routes } from 'react-router';
import { AppointmentPrint } from './AppointmentPrint';
import { ForwardPrint } from './ForwardPrint';
import { GuidancePrint } from './GuidancePrint';
import { PetitionAcceptPrint, PetitionForwardPrint, PetitionGuidePrint } from './PetitionSlips';
import { ReceiptPrint } from './ReceiptPrint';
import { RefusalPrint } from './RefusalPrint';
import { RegisterPrint } from './RegisterPrint';
import { SchedulePrint } from './SchedulePrint';
import { TicketPrint } from './TicketPrint';
import { VisitSummaryPrint } from './VisitSummaryPrint';

/**
 * Every print route under /print/ (full-screen, outside the shell). App loads this module lazily, so the
 * print fonts and styles arrive only with a print route.
 */
export default function PrintRoutes() {
  return (
    <Routes>
      <Route path="ticket/:id" element={<TicketPrint />} />
      <Route path="receipt/:visitId" element={<ReceiptPrint />} />
      <Route path="appointment/:visitId" element={<AppointmentPrint />} />
      <Route path="refusal/:visitId" element={<RefusalPrint />} />
      <Route path="forward/:visitId" element={<ForwardPrint />} />
      <Route path="guidance/:visitId" element={<GuidancePrint />} />
      <Route path="visit/:visitId" element={<VisitSummaryPrint />} />
      <Route path="register" element={<RegisterPrint />} />
      <Route path="schedule" element={<SchedulePrint />} />
      <Route path="petitionaccept/:petitionId" element={<PetitionAcceptPrint />} />
      <Route path="petitionguide/:petitionId" element={<PetitionGuidePrint />} />
      <Route path="petitionforward/:petitionId" element={<PetitionForwardPrint />} />
      <Route path="*" element={<p role="alert">Không có mẫu in này.</p>} />
    </Routes>
  );
}
