import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** Three projects: pure unit tests (node), component tests (jsdom + MSW), browser tests (built app in Chromium). */
export default defineConfig({
  plugins: [react()],
  test: {
    env: { TZ: 'Pacific/Auckland' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/core/**/*.test.ts', 'tests/scripts/**/*.test.ts', 'tests/data/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['tests/features/**/*.test.tsx', 'tests/app/**/*.test.tsx'],
          setupFiles: ['tests/setup/component.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/globalSetup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
