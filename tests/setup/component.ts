import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, vi } from 'vitest';
import { server } from '../../src/mocks/server';

// jsdom has no layout and no ResizeObserver; charts get their size from `initialDimension` instead.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

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
