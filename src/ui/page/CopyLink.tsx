import { useState } from 'react';
import type { View } from '../../core/view/view';
import { viewLink } from '../figure/viewLink';

/** A button that copies the address of a panel's current view, so a reader can share exactly what they see. */
export function CopyLink({ view }: { readonly view: View }) {
  const [status, setStatus] = useState('');
  const link = viewLink(view);
  return (
    <span className="copy-link">
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(link).then(
            () => setStatus('Link copied.'),
            () => setStatus(`Copy this link: ${link}`),
          )
        }
      >
        Copy link
      </button>{' '}
      <span aria-live="polite">{status}</span>
    </span>
  );
}
