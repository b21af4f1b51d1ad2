// `kpd analyze`: the connection blocks of the engine (engine.blocks()), written in the chosen format as they
// come, with the summary counted on the way. Nothing here holds all blocks or the whole output at once.
import type { Cluster, Diagnostic } from '../model';
import type { BlockOptions, ConnectionBlock } from '../engine';
import { BlockRows, pairCount, Tally } from './block-rows';
import { csvFormat } from './formats/csv';
import { dotFormat } from './formats/dot';
import type { AnalyzeFormat, FormatName } from './formats/format';
import { jsonFormat } from './formats/json';
import { markdownFormat } from './formats/markdown';
import { textFormat } from './formats/text';
import type { Sink } from './sink';
import { inEvaluationOrder } from './tiers';

/** What analyze needs of the engine: the blocks, lazily, and the cluster-level warnings. */
export interface AnalyzeSource {
  cluster: Cluster;
  blocks(options?: BlockOptions): Iterable<ConnectionBlock>;
  warnings(): string[];
}

export interface AnalyzeOptions {
  format: FormatName;
  /** Workload ids or namespaces, already checked against the cluster (see focus.ts). */
  focus: string[];
  diagnostics: Diagnostic[];
}

const FORMATS: Record<FormatName, () => AnalyzeFormat> = { text: textFormat, json: jsonFormat, csv: csvFormat, md: markdownFormat, dot: dotFormat };

/** Workloads as the engine counts them: one per `ns/name` (a Pod and a Deployment of one name are one). */
export function workloadIds(cluster: Cluster): Set<string> {
  return new Set(cluster.workloads.map((w) => `${w.namespace}/${w.name}`));
}

export async function runAnalyze(source: AnalyzeSource, options: AnalyzeOptions, out: Sink): Promise<void> {
  const format = FORMATS[options.format]();
  const ctx = { diagnostics: options.diagnostics, focus: options.focus, clusterPolicies: inEvaluationOrder(source.cluster.adminPolicies ?? []) };
  const tally = new Tally(workloadIds(source.cluster).size, options.diagnostics.length);
  const rows = new BlockRows();
  await out.write(format.head(ctx));
  for (const block of source.blocks(options.focus.length > 0 ? { focus: options.focus } : {})) {
    const row = rows.row(block);
    const pairs = pairCount(block);
    tally.add(row, pairs);
    const text = format.block(row, pairs);
    if (text === '') continue;
    const wait = out.write(text);
    if (wait) await wait;
  }
  const warnings = source.warnings();
  tally.summary.warnings = warnings.length;
  await out.write(format.tail(ctx, { summary: tally.summary, warnings }));
  await out.flush();
}
