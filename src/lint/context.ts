// What every rule reads: the parsed manifests, the engine over them, positions, and one way to report a finding.
import type { Cluster, Diagnostic, NetworkPolicy, NetworkPolicyPeer, Origin, Workload } from '../model';
import { createEngineInternals, type EngineInternals } from '../engine/engine';
import type { Endpoint } from '../engine/endpoint';
import type { ParsedDocument, ParseResult } from '../yaml';
import { createLocator, type FieldPath, type Locator } from '../yaml/locate';
import { CODES, fill, HINTS, type Code, type HintId, type Severity } from './codes';
import type { FixAction, LintFinding } from './types';
import { WorkloadSets } from './workload-sets';

/** The object a finding is about. Cluster-scoped objects have namespace ''. */
export interface Subject {
  kind: string;
  namespace: string;
  name: string;
  origin?: Origin;
}

export interface ReportOptions {
  path?: FieldPath;
  severity?: Severity;
  hint?: { id: HintId; params: Record<string, string> };
  action?: FixAction;
}

export interface LintContext {
  readonly cluster: Cluster;
  readonly documents: readonly ParsedDocument[];
  readonly diagnostics: readonly Diagnostic[];
  readonly engine: EngineInternals;
  readonly locate: Locator;
  endpoint(w: Workload): Endpoint;
  /** Workloads by id (a Pod wins over a controller of the same name, as the engine resolves them). */
  workloads(): Workload[];
  /** Every namespace named by a Namespace object or holding a workload, sorted. */
  namespaces(): string[];
  /** The workloads as bitsets over the engine's index (built on first use), for rules that ask about many at once. */
  sets(): WorkloadSets;
  /** Workloads a NetworkPolicy's spec.podSelector selects (its own namespace only), in workloads() order. */
  selectedBy(np: NetworkPolicy): Workload[];
  /** Workloads a NetworkPolicy peer admits (ipBlock peers: none, this engine applies them to outside addresses), in workloads() order. */
  peerWorkloads(peer: NetworkPolicyPeer, np: NetworkPolicy): Workload[];
  report(code: Code, subject: Subject, params: Record<string, string>, options?: ReportOptions): LintFinding;
}

export const objectName = (s: Subject): string => (s.namespace ? `${s.kind} ${s.namespace}/${s.name}` : `${s.kind} ${s.name}`);

export const workloadId = (w: Workload): string => `${w.namespace}/${w.name}`;

export function pathText(path: FieldPath): string {
  let s = '';
  for (const p of path) s += typeof p === 'number' ? `[${p}]` : s ? `.${p}` : p;
  return s;
}

const LIST = 4;
/** `a, b, c, … (9 in all)`: messages stay one line on large clusters. */
export const listOf = (xs: readonly string[]): string => (xs.length > LIST ? `${xs.slice(0, LIST).join(', ')}, … (${xs.length} in all)` : xs.join(', '));

export function createLintContext(parse: ParseResult, engine: EngineInternals = createEngineInternals(parse.cluster)): LintContext {
  const { cluster } = parse;
  const locate = createLocator(parse.documents);
  const endpoint = (w: Workload) => engine.resolver.forWorkload(w);
  let namespaces: string[] | undefined;
  let workloads: Workload[] | undefined;
  let sets: WorkloadSets | undefined;
  return {
    cluster,
    documents: parse.documents,
    diagnostics: parse.diagnostics,
    engine,
    locate,
    endpoint,
    workloads: () => (workloads ??= engine.resolver.workloads()),
    namespaces() {
      namespaces ??= engine.resolver.namespaceNames();
      return namespaces;
    },
    sets() {
      return (sets ??= new WorkloadSets(engine, this.workloads()));
    },
    selectedBy(np) {
      const s = this.sets();
      return s.workloads(s.selected(np));
    },
    peerWorkloads(peer, np) {
      const s = this.sets();
      return s.workloads(s.peer(peer, np));
    },
    report(code, subject, params, options = {}) {
      const info = CODES[code];
      const object = objectName(subject);
      const path = options.path && options.path.length > 0 ? pathText(options.path) : undefined;
      const all: Record<string, string> = { object, ...(path ? { path } : {}), ...params };
      const hint = options.hint ? fill(HINTS[options.hint.id], options.hint.params) : '';
      const pos = locate.at(subject.origin, options.path);
      const f: LintFinding = {
        code,
        severity: options.severity ?? info.severity,
        message: fill(info.message, { ...all, hint }),
        file: subject.origin?.file ?? '',
        line: pos.line,
        column: pos.col,
        object,
        params: all,
        ref: { kind: subject.kind, namespace: subject.namespace, name: subject.name },
      };
      if (path) f.path = path;
      if (options.action?.kind === 'use-metadata-name')
        f.fix = `Use kubernetes.io/metadata.name: replace the label key \`${options.action.key}\` with \`kubernetes.io/metadata.name\``;
      else if ('fix' in info && info.fix) f.fix = fill(info.fix, all);
      if (options.hint) f.hint = options.hint;
      if (options.action) f.action = options.action;
      if (subject.origin) f.doc = { file: subject.origin.file, doc: subject.origin.doc, line: subject.origin.line, col: subject.origin.col };
      if (pos.endLine !== undefined && pos.endCol !== undefined) {
        f.endLine = pos.endLine;
        f.endColumn = pos.endCol;
      }
      return f;
    },
  };
}
