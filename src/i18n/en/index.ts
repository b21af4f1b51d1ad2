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

/** English resources: one object per UI area (add your area's file and spread it here). */
export const en = { app, editor, extras, examples, lessons, shell, inspector, overlay, matrix, scale };
export type Resources = typeof en;
