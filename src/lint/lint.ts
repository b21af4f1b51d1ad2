// Runs the rules over parsed manifests: findings sorted by file, line and column, the order a reader goes through.
import type { ParseResult } from '../yaml';
import type { EngineInternals } from '../engine/engine';
import { createLintContext } from './context';
import { INPUT_RULES, RULES, type Rule } from './registry';
import type { LintFinding } from './types';

export interface LintOptions {
  /** Also report the reader's diagnostics as KPD900 (the CLI does; the page shows them as they are). */
  input?: boolean;
  rules?: readonly Rule[];
  engine?: EngineInternals;
}

export function lint(parse: ParseResult, options: LintOptions = {}): LintFinding[] {
  const ctx = createLintContext(parse, options.engine);
  const rules = [...(options.input ? INPUT_RULES : []), ...(options.rules ?? RULES)];
  const out = rules.flatMap((rule) => rule(ctx));
  return out.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || (a.column ?? 0) - (b.column ?? 0) || a.code.localeCompare(b.code));
}

export const SEVERITY_RANK = { info: 0, warning: 1, error: 2 } as const;
