import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  test: {
    include: [
      'electron/**/*.test.ts',
      'shared/**/*.test.ts',
      'renderer/**/*.test.{ts,tsx}',
      'scripts/**/*.test.ts',
      'test/property/**/*.test.ts',
    ],
    environment: 'node',
    setupFiles: ['./test/vitest-setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
