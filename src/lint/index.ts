// Public surface of lint: rules over parsed manifests → findings (the CLI's `kpd lint`, the page's Problems panel).
export { lint, SEVERITY_RANK, type LintOptions } from './lint';
export { CODES, HINTS, fill, type Code } from './codes';
export { RULES, type Rule } from './registry';
export { toFinding, type LintFinding, type FixAction } from './types';
export { toSarif } from './sarif';
