import { Navigate, NavLink, Route, Routes } from 'react-router';
import { CasePage } from '../features/cases/CasePage';
import { IntakePage } from '../features/intake/IntakePage';
import { QueuePage } from '../features/queue/QueuePage';
import { RegisterPage } from '../features/register/RegisterPage';
import { ReportsPage } from '../features/reports/ReportsPage';
import { VisitEditPage } from '../features/register/VisitEditPage';
import { SettingsPage } from '../features/settings/SettingsPage';
import { DialoguesPage } from '../features/dialogues/DialoguesPage';
import { SchedulePage } from '../features/schedule/SchedulePage';
import { SessionPage } from '../features/schedule/SessionPage';
import { ConsolidationPage } from '../features/exports/ConsolidationPage';
import { ExportPanel } from '../features/exports/ExportPanel';
import { EditPetitionPage } from '../features/petitions/EditPetitionPage';
import { NewPetitionPage } from '../features/petitions/NewPetitionPage';
import { PetitionDetailPage } from '../features/petitions/PetitionDetailPage';
import { PetitionsPage } from '../features/petitions/PetitionsPage';
import { NAV_ITEMS } from './nav-items';
import { NotBuiltPage } from './NotBuiltPage';
import { UserMenu } from './UserMenu';
import { StatusBar } from './StatusBar';

/** The officer's screens: navigation, the page, the status bar. */
export function Shell() {
  return (
    <div className="shell">
      <header className="shell-header">
        <span className="brand">Tiếp Dân</span>
        <nav aria-label="Chức năng chính">
          <ul className="nav">
            {NAV_ITEMS.map((item) => (
              <li key={item.path}>
                <NavLink
                  to={item.path}
                  className={({ isActive }) => (isActive ? 'nav-link active' : 'nav-link')}
                >
                  {item.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <UserMenu />
      </header>
      <main className="shell-main">
        <Routes>
          <Route path="/" element={<Navigate to="/tiep-nhan" replace />} />
          <Route path="/tiep-nhan" element={<IntakePage />} />
          <Route path="/hang-cho" element={<QueuePage />} />
          <Route path="/so-tiep-cong-dan" element={<RegisterPage />} />
          <Route path="/so-tiep-cong-dan/:id" element={<VisitEditPage />} />
          <Route path="/vu-viec/:id" element={<CasePage />} />
          <Route path="/cai-dat" element={<SettingsPage />} />
          <Route path="/lich-tiep" element={<SchedulePage />} />
          <Route path="/lich-tiep/ky-tiep/:id" element={<SessionPage />} />
          <Route path="/doi-thoai" element={<DialoguesPage />} />
          <Route path="/tong-hop-don-vi" element={<ConsolidationPage />} />
          <Route
            path="/bao-cao"
            element={<ReportsPage renderExport={({ request }) => <ExportPanel request={request} />} />}
          />
          <Route path="/don-thu" element={<PetitionsPage />} />
          <Route path="/don-thu/moi" element={<NewPetitionPage />} />
          <Route path="/don-thu/:id" element={<PetitionDetailPage />} />
          <Route path="/don-thu/:id/sua" element={<EditPetitionPage />} />
          {NAV_ITEMS.filter((item) => !item.isBuilt).map((item) => (
            <Route key={item.path} path={item.path} element={<NotBuiltPage item={item} />} />
          ))}
          <Route path="*" element={<Navigate to="/tiep-nhan" replace />} />
        </Routes>
      </main>
      <StatusBar />
    </div>
  );
}
