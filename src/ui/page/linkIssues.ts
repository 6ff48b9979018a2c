import { useEffect, useSyncExternalStore } from 'react';
import type { ViewIssue } from '../../link/pageLink';

// The values of the page's address that could not be used, reported by whichever part of the page read them (the
// page itself, the US panel, the London panel), shown together in one notice.
const reported = new Map<string, readonly ViewIssue[]>();
const listeners = new Set<() => void>();
let snapshot: readonly ViewIssue[] = [];

function publish(): void {
  const seen = new Map<string, ViewIssue>();
  for (const issues of reported.values())
    for (const issue of issues) seen.set(`${issue.param}=${issue.value}`, issue);
  snapshot = [...seen.values()];
  for (const listener of listeners) listener();
}

/** Reports the issues a part of the page found in the address, replacing what it reported before. */
export function useReportLinkIssues(reporter: string, issues: readonly ViewIssue[]): void {
  const key = issues.map((i) => `${i.param}=${i.value}:${i.message}`).join('\n');
  useEffect(() => {
    reported.set(reporter, issues);
    publish();
    return () => {
      reported.delete(reporter);
      publish();
    };
    // The key stands for the issues' content: a new array with the same issues reports nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reporter, key]);
}

/** Returns every issue reported, each value once. */
export function useLinkIssues(): readonly ViewIssue[] {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => snapshot,
  );
}
