import { useState } from 'react';
import { citeBibtex, citeCff, citePlain, citeRis } from '../../core/export/citations';
import type { ExportMetadata } from '../../core/export/exportTypes';
import type { ViewContent } from '../../core/figure/views/content';
import type { View } from '../../core/view/view';
import type { FigureFormat } from '../../figure/figureFiles';
import { embedSnippet } from './embedSnippet';
import { siteAddress } from './viewLink';

/** The width downloads are laid out at: the command line's default, so both give the same bytes. */
export const DOWNLOAD_WIDTH = 800;

const FORMATS: readonly { readonly format: FigureFormat; readonly label: string }[] = [
  { format: 'csv', label: 'Download CSV' },
  { format: 'json', label: 'Download JSON' },
  { format: 'svg', label: 'Download SVG' },
  { format: 'png', label: 'Download PNG' },
  { format: 'pack', label: 'Download figure pack' },
];

/** A table's files need no font and no rasteriser: it has no SVG or PNG. */
const TABLE_ASSETS = {
  fontFace: '',
  rasterise: () => Promise.reject(new RangeError('a table has no PNG')),
};

/** Saves bytes as a file the reader downloads. */
function save(name: string, bytes: Uint8Array, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

interface FigureActionsProps {
  readonly view: View;
  /** What the view shows: a chart (time series or bars) or a table alone. */
  readonly kind: ViewContent['kind'];
  /** Builds what the view shows, when the reader first asks for a file, the citation or the embed. */
  readonly content: () => ViewContent | Promise<ViewContent>;
}

/** Returns a value built (asynchronously) the first time a disclosure opens, and the disclosure's toggle handler. */
function useOnOpen<T>(build: () => Promise<T>): [T | null, (open: boolean) => void] {
  const [value, setValue] = useState<T | null>(null);
  const onToggle = (open: boolean) => {
    if (open && value === null) void build().then(setValue);
  };
  return [value, onToggle];
}

/**
 * Downloads, citation and embed of one chart or table: the files are built in the browser, the same as the command
 * line's. A table alone downloads as CSV and JSON, and has no embed.
 */
export function FigureActions({ view, kind, content }: FigureActionsProps) {
  const isTable = kind === 'table';
  const [status, setStatus] = useState('');
  const [scale, setScale] = useState<1 | 2 | 4>(2);
  const download = async (format: FigureFormat) => {
    setStatus(`Preparing the ${format === 'pack' ? 'figure pack' : format.toUpperCase()}…`);
    try {
      const [{ figureFile }, { browserFigureAssets }] = await Promise.all([
        import('../../figure/figureFiles'),
        import('../../figure/browserFigureAssets'),
      ]);
      const assets = isTable ? TABLE_ASSETS : await browserFigureAssets();
      const file = await figureFile(format, await content(), { width: DOWNLOAD_WIDTH }, assets, scale);
      save(file.name, file.bytes, file.type);
      setStatus(`Downloaded ${file.name}.`);
    } catch (error) {
      setStatus(`Could not prepare the file: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  return (
    <div className="figure-actions">
      <div
        role="group"
        aria-label={isTable ? 'Download this table' : 'Download this chart'}
        className="download-buttons"
      >
        {FORMATS.filter(({ format }) => !isTable || format === 'csv' || format === 'json').map(
          ({ format, label }) => (
            <button key={format} type="button" onClick={() => void download(format)}>
              {label}
            </button>
          ),
        )}
        {!isTable && (
          <label className="control">
            PNG size{' '}
            <select value={scale} onChange={(e) => setScale(Number(e.target.value) as 1 | 2 | 4)}>
              <option value={1}>1×</option>
              <option value={2}>2×</option>
              <option value={4}>4×</option>
            </select>
          </label>
        )}
      </div>
      <p role="status" className="panel-note">
        {status}
      </p>
      <Citation content={content} />
      {!isTable && <Embed view={view} content={content} />}
    </div>
  );
}

function Citation({ content }: { readonly content: FigureActionsProps['content'] }) {
  const [meta, onToggle] = useOnOpen<ExportMetadata>(async () => {
    const [{ contentTable }, built] = await Promise.all([
      import('../../core/figure/views/content'),
      content(),
    ]);
    return contentTable(built).metadata;
  });
  return (
    <details className="cite" onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>Cite</summary>
      {meta !== null && (
        <>
          <CopyBlock label="Plain text" text={citePlain(meta)} />
          <CopyBlock label="BibTeX" text={citeBibtex(meta)} />
          <CopyBlock label="CITATION.cff" text={citeCff(meta)} />
          <CopyBlock label="RIS" text={citeRis(meta)} />
        </>
      )}
    </details>
  );
}

function Embed({ view, content }: { readonly view: View; readonly content: FigureActionsProps['content'] }) {
  const [snippets, onToggle] = useOnOpen(async () => {
    const [{ contentFigure }, built] = await Promise.all([
      import('../../core/figure/views/content'),
      content(),
    ]);
    const figureAt = (width: number) => {
      const figure = contentFigure(built, { width });
      if (figure === null) throw new RangeError('a table has no embed');
      return figure;
    };
    return {
      live: embedSnippet(view, figureAt, siteAddress(), false),
      pinned: embedSnippet(view, figureAt, siteAddress(), true),
    };
  });
  return (
    <details className="embed" onToggle={(e) => onToggle(e.currentTarget.open)}>
      <summary>Embed</summary>
      {snippets !== null && (
        <>
          <p className="panel-note">
            Paste into an article: the chart follows the host page’s light or dark scheme and resizes itself.
            The live version shows the latest data; “this version” keeps showing today’s numbers after the
            data are updated.
          </p>
          <CopyBlock label="Live" text={snippets.live} />
          <CopyBlock label="This version" text={snippets.pinned} />
        </>
      )}
    </details>
  );
}

function CopyBlock({ label, text }: { readonly label: string; readonly text: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <figure className="copy-block">
      <figcaption>
        {label}{' '}
        <button
          type="button"
          onClick={() =>
            void navigator.clipboard?.writeText(text).then(
              () => setCopied(true),
              () => setCopied(false),
            )
          }
        >
          Copy {label}
        </button>
        {copied && <span role="status"> Copied.</span>}
      </figcaption>
      <pre tabIndex={0}>{text}</pre>
    </figure>
  );
}
