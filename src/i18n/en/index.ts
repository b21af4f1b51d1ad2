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

/** English resources: one object per UI area (add your area's file and spread it here). */
export const en = { actions, action, app, cluster, editor, extras, examples, lessons, shell, inspector, overlay, lint, compare, reason, matrix, scale, yaml };
export type Resources = typeof en;
