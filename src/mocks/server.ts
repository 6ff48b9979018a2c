import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The MSW server for component tests: serves data/ as the static host would. */
export const server = setupServer(...handlers);
