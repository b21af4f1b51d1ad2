// Lint findings grouped by the object they are about, the worst first; within an object, in text order. Pure,
// so the grouping is tested without a browser.
import type { LintFinding } from '../../lint/types';

const RANK = { error: 0, warning: 1, info: 2 } as const;

export interface ProblemGroup {
  object: string;
  findings: LintFinding[];
}

export function groupFindings(findings: readonly LintFinding[]): ProblemGroup[] {
  const groups = new Map<string, LintFinding[]>();
  for (const f of findings) groups.set(f.object, [...(groups.get(f.object) ?? []), f]);
  const worst = (g: LintFinding[]) => Math.min(...g.map((f) => RANK[f.severity]));
  return [...groups]
    .map(([object, list]) => ({ object, findings: list.sort((a, b) => a.line - b.line || (a.column ?? 0) - (b.column ?? 0)) }))
    .sort((a, b) => worst(a.findings) - worst(b.findings) || a.findings[0]!.line - b.findings[0]!.line);
}
