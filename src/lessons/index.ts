import type { Lesson } from './types';
import { zeroTrust } from './zero-trust';
import { istioOnTop } from './istio-on-top';
import { dnsEgress, namespaceLabels, denyNames, defaultDenyPerNamespace } from './netpol-pitfalls';
import { strictOutsideMesh, httpFieldsOnTcp } from './istio-pitfalls';
import { adminTiers } from './admin-tiers';

export type { Lesson, LessonStep } from './types';
export { checkStep, checkStepParsed, type StepCheck } from './check';
export * from './progress';

export const LESSONS: readonly Lesson[] = [zeroTrust, istioOnTop, dnsEgress, namespaceLabels, denyNames, defaultDenyPerNamespace, strictOutsideMesh, httpFieldsOnTcp, adminTiers];
