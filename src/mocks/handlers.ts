import { http, HttpResponse } from 'msw';

const DATA_FILES = import.meta.glob<string>('../../data/*', { query: '?raw', import: 'default' });

const CONTENT_TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
};

/** Serves the real files of data/ at any `…/data/<name>` URL; an unknown name is a 404, as on a static host. */
export const handlers = [
  http.get('*/data/:name', async ({ params }) => {
    const name = String(params.name);
    const load = DATA_FILES[`../../data/${name}`];
    if (load === undefined) return new HttpResponse(null, { status: 404 });
    const extension = name.split('.').pop() ?? '';
    return new HttpResponse(await load(), {
      headers: { 'Content-Type': CONTENT_TYPES[extension] ?? 'text/plain' },
    });
  }),
];
