import type { Resources } from '../en';
import { app } from './app';

/** Japanese resources: must have exactly the keys of the English ones (checked by resources.test.ts). */
export const ja: Resources = { app };
