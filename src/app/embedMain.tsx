import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { embedOptions } from '../features/embed/embedOptions';
import { embedSpec } from '../features/embed/embedSpec';
import { EmbedView } from '../features/embed/EmbedView';
import './embed.css';

// embed.html: one figure for a host page, loading only what that figure needs (no controls, no Recharts).
const root = document.getElementById('root');
if (root === null) throw new Error('embed.html has no #root element');
const embed = await embedSpec(window.location.search);
createRoot(root).render(
  <StrictMode>
    <EmbedView embed={embed} options={embedOptions(window.location.search)} />
  </StrictMode>,
);
