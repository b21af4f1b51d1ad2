import type { Resources } from '../en';
import { app } from './app';
import { editor } from './editor';
import { extras } from './extras';
import { examples } from './examples';
import { lessons } from './lessons';
import { shell } from './shell';
import { inspector } from './inspector';
import { overlay } from './overlay';
import { matrix } from './matrix';
import { scale } from './scale';

/** Japanese resources: must have exactly the keys of the English ones (checked by resources.test.ts). */
export const ja: Resources = { app, editor, extras, examples, lessons, shell, inspector, overlay, matrix, scale };
