// The gallery's catalogue, in the order shown.
import type { Example } from './types';
import { threePods } from './three-pods';
import { databaseTier } from './database-tier';
import { namespaceIsolation } from './namespace-isolation';
import { shop } from './shop';
import { istioPayments } from './istio-payments';
import { mixedLayers } from './mixed-layers';
import { platformGuardrails } from './platform-guardrails';
import { allowSameNamespace, denyAll, denyEgressExceptDns, internetToWeb, monitoringScrape } from './recipes';

export type { Example } from './types';
export type { KnownVerdict } from './expectation';
export { mismatch, describeQuery } from './expectation';

export const EXAMPLES: readonly Example[] = [
  threePods,
  databaseTier,
  namespaceIsolation,
  shop,
  istioPayments,
  mixedLayers,
  platformGuardrails,
  denyAll,
  allowSameNamespace,
  denyEgressExceptDns,
  internetToWeb,
  monitoringScrape,
];
