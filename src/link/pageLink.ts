import { nameSchema, passes, switchSchema, viewNameSchema } from './querySchemas';
import { LONDON, type PageState, STORY_FORCE, type ViewName } from '../core/view/view';
import { VIEW_NAMES } from './viewName';

/** A value of a link that could not be used: which parameter, what it said, what is expected, what was used instead. */
export interface ViewIssue {
  readonly param: string;
  readonly value: string;
  readonly message: string;
  readonly used: string;
}

/** Records a value a link carried that could not be used. */
export type Reject = (param: string, value: string, message: string, used: string) => void;

/** The id of each panel's heading: where a link to the panel scrolls. */
export const PANEL_HEADINGS: Readonly<Record<ViewName, string>> = {
  versions: 'spike-heading',
  ho: 'monthly-heading',
  national: 'national-heading',
  reported: 'reported-heading',
  us: 'us-heading',
  london: 'london-heading',
  police: 'police-heading',
};

/**
 * Returns the dashboard's state apart from the US view (which needs the method registry): the panel a link points
 * to (`view=`), London's area, the police force and whether the US filter is open, rejecting what fails its schema.
 */
export function readPageFrame(search: URLSearchParams, reject: Reject): Omit<PageState, 'us'> {
  const panelText = search.get('view');
  let panel: ViewName | null = null;
  if (panelText !== null && passes(viewNameSchema, panelText)) panel = panelText as ViewName;
  else if (panelText !== null)
    reject('view', panelText, `expected one of ${VIEW_NAMES.join(', ')}`, 'no panel');
  const areaText = search.get('area');
  let area = LONDON;
  if (areaText !== null && passes(nameSchema, areaText)) area = areaText;
  else if (areaText !== null) reject('area', areaText, 'expected a name of at most 200 characters', LONDON);
  const forceText = search.get('force');
  let force = STORY_FORCE;
  if (forceText !== null && passes(nameSchema, forceText)) force = forceText;
  else if (forceText !== null)
    reject('force', forceText, 'expected a name of at most 200 characters', STORY_FORCE);
  const filterText = search.get('us.filter');
  if (filterText !== null && !passes(switchSchema, filterText))
    reject('us.filter', filterText, 'expected 1 or 0', 'closed');
  return { panel, area, force, filterOpen: filterText === '1' };
}

/**
 * Returns the panel a page's address points to: its `view=`, else the panel whose heading its hash names, else the
 * US panel when it sets `us.*` values, else London when it names an area, else the police panel when it names a force;
 * null when it points to none.
 */
export function linkedPanel(search: string, hash: string): ViewName | null {
  const params = new URLSearchParams(search);
  const { panel } = readPageFrame(params, () => undefined);
  if (panel !== null) return panel;
  const id = hash.replace(/^#/, '');
  const byHash = (Object.keys(PANEL_HEADINGS) as ViewName[]).find((name) => PANEL_HEADINGS[name] === id);
  if (byHash !== undefined) return byHash;
  if ([...params.keys()].some((key) => key.startsWith('us.'))) return 'us';
  if (params.has('area')) return 'london';
  return params.has('force') ? 'police' : null;
}

/**
 * Returns a page query with its frame (the panel, the US filter's switch, London's area, the force) written over a
 * query's `us.*` values, which are kept as they are: `view=` first, then the US values, the switch, the area and the
 * force, each only when it differs from the default.
 */
export function withPageFrame(query: string, frame: Omit<PageState, 'us'>): string {
  const from = new URLSearchParams(query);
  const search = new URLSearchParams();
  if (frame.panel !== null) search.set('view', frame.panel);
  for (const [key, value] of from)
    if (key.startsWith('us.') && key !== 'us.filter') search.append(key, value);
  if (frame.filterOpen) search.set('us.filter', '1');
  if (frame.area !== LONDON) search.set('area', frame.area);
  if (frame.force !== STORY_FORCE) search.set('force', frame.force);
  return search.toString();
}
