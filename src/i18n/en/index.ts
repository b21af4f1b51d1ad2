import { app } from './app';
import { cluster } from './cluster';
import { editor } from './editor';
import { extras } from './extras';
import { examples } from './examples';
import { lessons } from './lessons';
import { shell } from './shell';
import { inspector } from './inspector';
import { overlay } from './overlay';

/** English resources: one object per UI area (add your area's file and spread it here). */
export const en = { app, cluster, editor, extras, examples, lessons, shell, inspector, overlay };
export type Resources = typeof en;
