import { app } from './app';

/** English resources: one object per UI area (add your area's file and spread it here). */
export const en = { app };
export type Resources = typeof en;
