import type { Resources } from '../en';
import { app } from './app';
import { extras } from './extras';
import { examples } from './examples';
import { lessons } from './lessons';

/** Japanese resources: must have exactly the keys of the English ones (checked by resources.test.ts). */
export const ja: Resources = { app, extras, examples, lessons };
