import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { DisplayPage } from '../features/display/DisplayPage';
import { AuthGate } from '../features/auth/AuthGate';
import { Shell } from './Shell';

/** Print layouts and their fonts load only when a print route opens. */
const PrintRoutes = lazy(() => import('../print/PrintRoutes'));

/**
 * Full-screen pages (the waiting-room display, print layouts) live outside the officer's shell; all but
 * the display need a signed-in user.
 */
export function App() {
  return (
    <Routes>
      <Route path="/display" element={<DisplayPage />} />
      <Route
        path="/print/*"
        element={
          <AuthGate>
            <Suspense fallback={<p>Đang tải mẫu in…</p>}>
              <PrintRoutes />
            </Suspense>
          </AuthGate>
        }
      />
      <Route
        path="*"
        element={
          <AuthGate>
            <Shell />
          </AuthGate>
        }
      />
    </Routes>
  );
}
