import type { VerdictKind } from '../model';
import type { KnownVerdict } from './expectation';

/** One entry of the gallery. Title and explanation live in the i18n resources under `examples.<id>`. */
export interface Example {
  id: string;
  /** 'example' for the scenarios, 'recipe' for the classic one-policy recipes. */
  group: 'example' | 'recipe';
  /** Multi-document YAML, as the editor will hold it. */
  manifests: string;
  /** Verdicts the Kubernetes/Istio rules make certain; the first one is shown in the gallery and checked in e2e. */
  known: KnownVerdict[];
  /** A pair whose overlay colour the rules make certain on every declared port of `to` (checked in e2e). */
  overlay: { from: string; to: string; kind: VerdictKind };
}
