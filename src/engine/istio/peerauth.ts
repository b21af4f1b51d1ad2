// The mtls layer: which mutual TLS mode the destination sidecar applies on a port, and whether the connection is
// accepted. Composition follows istiod (pilot/pkg/security/authn/policy_applier.go ComposePeerAuthentication) and
// https://istio.io/latest/docs/reference/config/security/peer_authentication/ :
// - mesh level = root namespace without selector; namespace level = the namespace without selector; workload level =
//   a selector (non-empty matchLabels) matching the pod, outside the root namespace. The narrowest level wins.
// - "PeerAuthentication policies with workload selectors are ignored when deployed in the root namespace."
// - UNSET (or no `mtls`) inherits from the next level; nothing at all is PERMISSIVE.
// - portLevelMtls "only apply when a workload selector is specified"; it is keyed by the workload (container) port,
//   and an UNSET port entry inherits the workload's resolved mode.
// - Several policies at one level: Istio takes the oldest (creation time), which manifests do not carry.
import { ISTIO_ROOT_NAMESPACE, type LayerResult, type Message, type MtlsMode, type PeerAuthentication, type PolicyRef, type Workload } from '../../model';
import { msg, said } from '../reasons';
import type { Endpoint } from '../endpoint';
import { ByNamespace, hasSelector, policyName, selects } from './applies';

export interface MtlsOutcome {
  layer: LayerResult;
  /** The connection is mutual TLS (both sides have sidecars and the mode is not DISABLE). */
  mtls: boolean;
  mode: MtlsMode;
  notes: Message[];
}

interface Levels {
  workload?: PeerAuthentication;
  namespace?: PeerAuthentication;
  mesh?: PeerAuthentication;
  notes: Message[];
}

interface Resolved {
  mode: MtlsMode;
  policies: PolicyRef[];
  /** e.g. `PeerAuthentication istio-system/default sets STRICT (foo/ns is UNSET and inherits)`. */
  source: Message;
  notes: Message[];
}

const isSet = (m: MtlsMode | undefined): m is Exclude<MtlsMode, 'UNSET'> => m !== undefined && m !== 'UNSET';

export class PeerAuthIndex {
  private readonly byNs: ByNamespace<PeerAuthentication>;
  private readonly levels = new Map<Workload, Levels>();
  private readonly resolved = new Map<Workload, Map<number, Resolved>>();

  constructor(policies: readonly PeerAuthentication[]) {
    this.byNs = new ByNamespace(policies);
  }

  private levelsOf(w: Workload): Levels {
    const cached = this.levels.get(w);
    if (cached) return cached;
    const notes: Message[] = [];
    const root = this.byNs.in(ISTIO_ROOT_NAMESPACE);
    const own = w.namespace === ISTIO_ROOT_NAMESPACE ? [] : this.byNs.in(w.namespace);
    for (const p of root) {
      if (hasSelector(p) && selects(p, w.labels)) notes.push(msg('mtls.rootSelector', { policy: policyName(p), root: ISTIO_ROOT_NAMESPACE }));
    }
    const pick = (level: 'workload' | 'namespace' | 'mesh', candidates: PeerAuthentication[]) => {
      if (candidates.length > 1) {
        notes.push(msg('mtls.severalAtLevel', { level, workload: `${w.namespace}/${w.name}`, policies: candidates.map(policyName).join(', '), first: policyName(candidates[0]!) }));
      }
      return candidates[0];
    };
    const out: Levels = { notes };
    const wl = pick(
      'workload',
      own.filter((p) => hasSelector(p) && selects(p, w.labels)),
    );
    const ns = pick(
      'namespace',
      own.filter((p) => !hasSelector(p)),
    );
    const mesh = pick(
      'mesh',
      root.filter((p) => !hasSelector(p)),
    );
    if (wl) out.workload = wl;
    if (ns) out.namespace = ns;
    if (mesh) out.mesh = mesh;
    this.levels.set(w, out);
    return out;
  }

  /** The effective mode of a workload's port, with the words for it (cached: the matrix asks per pair). */
  private resolve(w: Workload, port: number): Resolved {
    let perPort = this.resolved.get(w);
    if (!perPort) this.resolved.set(w, (perPort = new Map()));
    const cached = perPort.get(port);
    if (cached) return cached;
    const lv = this.levelsOf(w);
    const notes = [...lv.notes];
    let mode: MtlsMode = 'PERMISSIVE';
    let from: PeerAuthentication | undefined;
    let portLevel = false;
    // The UNSET settings narrower than the deciding one: they are why a broader policy decides.
    const inherited: string[] = [];
    for (const p of [lv.mesh, lv.namespace, lv.workload]) {
      if (!p) continue;
      if (isSet(p.mode)) {
        mode = p.mode;
        from = p;
        inherited.length = 0;
      } else inherited.push(policyName(p));
    }
    const byPort = port === 0 ? undefined : lv.workload?.portLevelMtls?.[String(port)];
    if (isSet(byPort)) {
      mode = byPort;
      from = lv.workload;
      portLevel = true;
      inherited.length = 0;
    } else if (byPort === 'UNSET') inherited.push(`${policyName(lv.workload!)} portLevelMtls[${port}]`);
    for (const p of [lv.namespace, lv.mesh]) {
      if (p?.portLevelMtls?.[String(port)]) notes.push(msg('mtls.portLevelIgnored', { policy: policyName(p), port }));
    }
    const policies: PolicyRef[] = from
      ? [{ kind: 'PeerAuthentication', namespace: from.namespace, name: from.name, ...(portLevel ? { rule: `portLevelMtls[${port}]` } : {}) }]
      : [];
    let source = from ? msg(portLevel ? 'mtls.setByPort' : 'mtls.setBy', { policy: policyName(from), port, mode }) : msg('mtls.byDefault');
    if (inherited.length > 0) source = msg(inherited.length > 1 ? 'mtls.inheritsMany' : 'mtls.inheritsOne', { source, names: inherited.join(', ') });
    const r: Resolved = { mode, policies, source, notes };
    perPort.set(port, r);
    return r;
  }

  evaluate(src: Endpoint, dst: Endpoint, port: number): MtlsOutcome {
    const r = this.resolve(dst.workload!, port);
    const { mode, source } = r;
    // Fresh arrays: callers may extend them, the cache must not change.
    const notes = r.notes.length > 0 ? [...r.notes] : [];
    const policies = r.policies.map((p) => ({ ...p }));
    const mtls = src.inMesh && dst.inMesh && mode !== 'DISABLE';
    // Parameters written out, not spread from a shared `{ layer, at }`: V8 builds such spreads several times slower.
    const at = dst.id;
    if (mode === 'STRICT' && !mtls) {
      return {
        mtls,
        mode,
        notes,
        layer: { layer: 'mtls', decision: 'denied', ...said(msg('mtls.deniedStrict', { layer: 'mtls', at, source, plain: withoutSidecar(src) })), policies },
      };
    }
    const how = mtls ? msg('mtls.mutual') : mode === 'DISABLE' ? msg('mtls.disabled') : msg('mtls.plaintext', { why: withoutSidecar(src) });
    return { mtls, mode, notes, layer: { layer: 'mtls', decision: 'allowed', ...said(msg('mtls.allowed', { layer: 'mtls', at, source, how })), policies } };
  }
}

function withoutSidecar(src: Endpoint): Message {
  if (src.kind === 'external') return msg('mtls.srcOutside', { src: src.id });
  if (src.workload?.hostNetwork) return msg('mtls.srcHostNetwork', { src: src.id });
  return msg('mtls.srcNoSidecar', { src: src.id });
}
