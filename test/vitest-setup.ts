import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Vitest runs without globals, so Testing Library's automatic cleanup is wired here.
afterEach(() => cleanup());
// The test machines have 2 cores shared with builds and browsers: give findBy/waitFor room.
configure({ asyncUtilTimeout: 5000 });
