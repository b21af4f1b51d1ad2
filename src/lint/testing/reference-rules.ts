// The lint rules as they were before they computed with sets (test-only): the property test in
// ../equivalence.test.ts runs these and the registry's rules on the same inputs and expects the same findings, byte
// for byte. They read the cluster workload by workload and pair by pair, the way a reader checks a finding by hand.
// Rules that did not change are the registry's own.
import { RULES, type Rule } from '../registry';
import { dnsEgress } from '../rules/dns';
import { misleadingDenyName } from '../rules/deny-name';
import { httpOnTcp } from '../rules/http-on-tcp';
import { istioScope } from '../rules/istio-scope';
import { istioEnforcement } from '../rules/istio-enforcement';
import { namedPortUndeclared } from '../rules/named-port';
import { selectsNothing } from '../rules/netpol-selects';
import { implementationDefined } from '../rules/netpol-notes';
import { strictCallers } from '../rules/strict-callers';
import * as netpol from './reference-netpol';
import * as istio from './reference-istio';

/** Each rewritten rule of the registry with its reference. */
export const REFERENCES = new Map<Rule, Rule>([
  [selectsNothing, netpol.selectsNothing],
  [namedPortUndeclared, netpol.namedPortUndeclared],
  [dnsEgress, netpol.dnsEgress],
  [misleadingDenyName, netpol.misleadingDenyName],
  [implementationDefined, netpol.implementationDefined],
  [istioScope, istio.istioScope],
  [httpOnTcp, istio.httpOnTcp],
  [istioEnforcement, istio.istioEnforcement],
  [strictCallers, istio.strictCallers],
]);

/** The registry's list, in its order, with each rewritten rule replaced by its reference. */
export const REFERENCE_RULES: readonly Rule[] = RULES.map((rule) => REFERENCES.get(rule) ?? rule);
