// The engine as one worker (or the in-process fallback, or a test) keeps it between requests: engines of the
// few most recent texts, so the overlay's analysis, an explanation and a test of a connection about the same
// text build it once, and a request about one text never disturbs an answer about another. The same session
// reads big texts off the page (derive, lint) in a second worker, so the page thread stays free.
import { createEngine, isQueryError, type Engine } from '../engine/engine';
import { lint } from '../lint';
import type { Cluster, Diagnostic } from '../model';
import { analyse, analysisKey, type Analysis } from '../sync/analyse';
import { Recent } from '../sync/recent';
import { parseManifestsFast } from '../yaml/parse-fast';
import type { PortExplanation, Request, Response } from './protocol';

/** Texts kept: the one on screen, the one being typed, and one to spare for undo. */
const KEPT = 3;

/** The editor's text as a Cluster, with the reader's diagnostics (errors make its verdicts unfit to show). */
export type ClusterReader = (text: string) => { cluster: Cluster; diagnostics: Diagnostic[] };

/**
 * js-yaml reads the plain documents (a first 1,000-workload paste: about 250 ms instead of 870 ms with yaml), and
 * the chunk cache keeps every document's reading for the next edit, which re-reads only what it changed.
 */
const readFast: ClusterReader = (text) => parseManifestsFast([{ file: '', text }], { remember: true });

export class EngineSession {
  private readonly engines = new Recent<{ engine: Engine; broken: boolean }>(KEPT);
  private readonly analyses = new Recent<Analysis>(KEPT);

  /** `read`: how a text becomes a Cluster (tests may pass another reader). */
  constructor(private readonly read: ClusterReader = readFast) {}

  handle(req: Request): Response {
    try {
      const t0 = Date.now();
      if (req.type === 'derive') {
        const a = this.analysisOf(req.text, req.extraExternals);
        return { id: req.id, type: 'derive', text: req.text, derivation: { design: a.design, diagnostics: a.parse.diagnostics, broken: a.broken } };
      }
      // Lint reads the text's analysis when the derivation made one (typing asks for both about the same text).
      if (req.type === 'lint') return { id: req.id, type: 'lint', text: req.text, findings: lint(this.analysisOf(req.text, []).parse) };
      const { engine, broken } = this.engineFor(req.text);
      if (req.type === 'analyze') {
        const payload = { connectivity: engine.connectivity().serialize(), warnings: engine.warnings() };
        return { id: req.id, type: 'analyze', text: req.text, payload, broken, ms: Date.now() - t0 };
      }
      if (req.type === 'check') return { id: req.id, type: 'check', text: req.text, verdict: engine.check(req.query) };
      const ports: PortExplanation[] = [];
      for (const p of req.ports) {
        const v = engine.check({ from: req.from, to: req.to, port: p.port, protocol: p.protocol });
        if (!isQueryError(v)) ports.push({ port: `${p.port}/${p.protocol}`, verdict: v });
      }
      return { id: req.id, type: 'explain', text: req.text, ports };
    } catch (e) {
      return { id: req.id, type: 'error', message: (e as Error).message };
    }
  }

  private engineFor(text: string): { engine: Engine; broken: boolean } {
    return this.engines.get(text, () => {
      const { cluster, diagnostics } = this.read(text);
      return { engine: createEngine(cluster), broken: diagnostics.some((d) => d.severity === 'error') };
    });
  }

  /** Keyed by the extra externals too (they change the design); lint asks with none, as typing mostly does. */
  private analysisOf(text: string, extraExternals: readonly string[]): Analysis {
    return this.analyses.get(analysisKey(text, extraExternals), () => analyse(text, extraExternals));
  }
}
