// The rules `kpd lint` and the Problems panel run, in one list. A rule is a pure function LintContext → findings;
// the admin tiers' checks come from the engine (rules/admin-tiers.ts).
import type { LintContext } from './context';
import type { LintFinding } from './types';
import { dnsEgress } from './rules/dns';
import { misleadingDenyName } from './rules/deny-name';
import { httpOnTcp } from './rules/http-on-tcp';
import { istioEnforcement } from './rules/istio-enforcement';
import { istioScope } from './rules/istio-scope';
import { inputAndKinds, inputProblems } from './rules/kinds';
import { namedPortUndeclared } from './rules/named-port';
import { namespaceWithoutPolicy } from './rules/namespace-coverage';
import { implementationDefined } from './rules/netpol-notes';
import { selectsNothing } from './rules/netpol-selects';
import { redundantRules } from './rules/redundant-rule';
import { strictCallers } from './rules/strict-callers';
import { adminTiers } from './rules/admin-tiers';

export type Rule = (ctx: LintContext) => LintFinding[];

/** Rules about the objects (the page runs these; the reader's diagnostics are shown there already). */
export const RULES: readonly Rule[] = [
  selectsNothing,
  namedPortUndeclared,
  dnsEgress,
  misleadingDenyName,
  redundantRules,
  namespaceWithoutPolicy,
  implementationDefined,
  istioScope,
  httpOnTcp,
  istioEnforcement,
  strictCallers,
  adminTiers,
  inputAndKinds,
];

/** The CLI adds the reader's diagnostics as KPD900 findings. */
export const INPUT_RULES: readonly Rule[] = [inputProblems];
