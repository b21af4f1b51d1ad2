import type { Resources } from '../en';
import { actions } from './actions';
import { action } from './action';
import { app } from './app';
import { cluster } from './cluster';
import { editor } from './editor';
import { extras } from './extras';
import { examples } from './examples';
import { lessons } from './lessons';
import { shell } from './shell';
import { inspector } from './inspector';
import { overlay } from './overlay';
import { lint } from './lint';
import { compare } from './compare';
import { reason } from './reason';
import { matrix } from './matrix';
import { scale } from './scale';
import { yaml } from './yaml';

/** Japanese resources: must have exactly the keys of the English ones (checked by resources.test.ts). */
export const ja: Resources = { actions, action, app, cluster, editor, extras, examples, lessons, shell, inspector, overlay, lint, compare, reason, matrix, scale, yaml };
