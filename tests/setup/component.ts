import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '../../src/mocks/server';

// jsdom has no layout and no ResizeObserver; charts get their size from `initialDimension` instead.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

// findBy… and waitFor wait up to 30 s (Testing Library's default is 1 s): on a busy machine a panel can take
// seconds to render, and a wait that is too short fails a correct test.
configure({ asyncUtilTimeout: 30_000 });

const consoleProblems: string[] = [];

beforeAll(() => {
  server.listen({ onUnhandledRequest: 'error' });
  for (const level of ['error', 'warn'] as const) {
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleProblems.push(`console.${level}: ${args.map(String).join(' ')}`);
    });
  }
});

afterEach(() => {
  cleanup();
  server.resetHandlers();
  const problems = consoleProblems.splice(0);
  if (problems.length > 0) throw new Error(`The console was not quiet:\n${problems.join('\n')}`);
});

afterAll(() => server.close());
