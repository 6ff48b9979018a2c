import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// No test depends on the machine's speed: every wait below is long enough for a 2-core machine kept busy by
// other processes (`npm run test:stress`); a passing test never comes near them, a hung one still ends.
const LOADED_MACHINE = { testTimeout: 120_000, hookTimeout: 300_000 } as const;

/** Three projects: pure unit tests (node), component tests (jsdom + MSW), browser tests (built app in Chromium). */
export default defineConfig({
  plugins: [react()],
  test: {
    env: { TZ: 'Pacific/Auckland' },
    ...LOADED_MACHINE,
    expect: { poll: { timeout: 60_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: [
            'tests/core/**/*.test.ts',
            'tests/link/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
            'tests/data/**/*.test.ts',
            'tests/figure/**/*.test.{ts,tsx}',
          ],
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
          testTimeout: 300_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
