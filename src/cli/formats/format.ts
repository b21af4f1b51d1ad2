// What every `kpd analyze` output format provides: a head, one piece per connection block (written as the
// blocks come, never gathered), and a tail with what is only known at the end (warnings, the counts).
import type { AdminPolicy, Diagnostic } from '../../model';
import type { AnalyzeSummary, BlockRow } from '../block-rows';

export interface AnalyzeContext {
  diagnostics: Diagnostic[];
  focus: string[];
  /** The cluster-scoped admin policies in evaluation order (text lists them first; JSON as `clusterPolicies`). */
  clusterPolicies: AdminPolicy[];
}

export interface AnalyzeEnd {
  summary: AnalyzeSummary;
  warnings: string[];
}

export interface AnalyzeFormat {
  head(ctx: AnalyzeContext): string;
  /** The text for one block; '' when the format leaves this block out (it is still counted). */
  block(row: BlockRow, pairs: number): string;
  tail(ctx: AnalyzeContext, end: AnalyzeEnd): string;
}

export const FORMAT_NAMES = ['text', 'json', 'csv', 'md', 'dot'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

/** Text for people: one line of a summary per kind of pair. */
export function summaryLine(s: AnalyzeSummary): string {
  return (
    `Summary: ${s.workloads} workloads; ${s.pairs} ordered pairs in ${s.blocks} blocks, ${s.connectedPairs} with a connection ` +
    `(${s.openPairs} open only because nothing isolates the destination, ${s.httpOnlyPairs} HTTP-only), ${s.deniedPairs} denied on every port; ` +
    `${s.warnings} warnings; ${s.diagnostics} input problems`
  );
}

/** Denied-only blocks, where a format for people leaves them out. */
export function deniedLine(s: AnalyzeSummary): string {
  if (s.deniedBlocks === 0) return 'Denied on every port: none';
  return `Denied on every port: ${s.deniedPairs} ordered pairs in ${s.deniedBlocks} blocks (not listed here; --json or --format csv lists them)`;
}
