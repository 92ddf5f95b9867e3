import { Route, Routes } from 'react-router';
import { DisplayPage } from '../features/display/DisplayPage';
import { TicketPrint } from '../print/TicketPrint';
import { Shell } from './Shell';

/** Full-screen pages (the waiting-room display, print layouts) live outside the officer's shell. */
export function App() {
  return (
    <Routes>
      <Route path="/display" element={<DisplayPage />} />
      <Route path="/print/ticket/:id" element={<TicketPrint />} />
      <Route path="*" element={<Shell />} />
    </Routes>
  );
}
