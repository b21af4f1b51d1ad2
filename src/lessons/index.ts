import type { Lesson } from './types';
import { zeroTrust } from './zero-trust';
import { istioOnTop } from './istio-on-top';
import { adminTiers } from './admin-tiers';

export type { Lesson, LessonStep } from './types';
export { checkStep, type StepCheck } from './check';
export * from './progress';

export const LESSONS: readonly Lesson[] = [zeroTrust, istioOnTop, adminTiers];
