import { useLinkIssues } from './linkIssues';

/** One notice naming every value of the page's address that could not be used, and what was used instead. */
export function LinkNotice() {
  const issues = useLinkIssues();
  if (issues.length === 0) return null;
  return (
    <div role="alert" className="link-notice">
      <p>
        This link asked for {issues.length === 1 ? 'a value' : 'values'} the page cannot show, so it shows
        something else:
      </p>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.param}=${issue.value}`}>
            <code>
              {issue.param}={issue.value}
            </code>
            : {issue.message}; showing {issue.used} instead.
          </li>
        ))}
      </ul>
    </div>
  );
}
