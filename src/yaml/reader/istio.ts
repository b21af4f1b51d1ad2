// Istio security.istio.io v1 / v1beta1: PeerAuthentication and AuthorizationPolicy.
import type { AuthorizationPolicy, AuthzAction, AuthzCondition, AuthzOperation, AuthzRule, AuthzSource, MtlsMode, PeerAuthentication, PolicyTargetRef } from '../../model';
import type { Field } from './field';
import { workloadSelector } from './selector';

const MODES = ['UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT'] as const;
const ACTIONS = ['ALLOW', 'DENY', 'AUDIT', 'CUSTOM'] as const;
const SOURCE_FIELDS = [
  'principals',
  'notPrincipals',
  'requestPrincipals',
  'notRequestPrincipals',
  'namespaces',
  'notNamespaces',
  'ipBlocks',
  'notIpBlocks',
  'remoteIpBlocks',
  'notRemoteIpBlocks',
] as const;
const OPERATION_FIELDS = ['hosts', 'notHosts', 'ports', 'notPorts', 'methods', 'notMethods', 'paths', 'notPaths'] as const;

export function readPeerAuthentication(root: Field, name: string, namespace: string, apiVersion: string): PeerAuthentication | undefined {
  const pa: PeerAuthentication = { namespace, name, apiVersion };
  const spec = root.get('spec');
  if (!spec.present) return pa;
  if (!spec.map('{mtls: {mode: STRICT}}')) return undefined;
  spec.known(['selector', 'mtls', 'portLevelMtls']);
  const sel = workloadSelector(spec.get('selector'));
  if (sel) pa.selector = sel;
  const mtls = spec.get('mtls');
  if (mtls.present && mtls.map('{mode: STRICT}')) {
    const mode = mtls.get('mode').oneOf(MODES);
    if (mode) pa.mode = mode as MtlsMode;
  }
  const plm = spec.get('portLevelMtls');
  if (plm.present && plm.map('{8080: {mode: DISABLE}}')) {
    pa.portLevelMtls = Object.create(null) as Record<string, MtlsMode>;
    for (const key of Object.keys(plm.value as object)) {
      const entry = plm.get(key);
      const n = Number(key);
      if (!Number.isInteger(n) || n < 1 || n > 65535) {
        entry.error('istio.portKey', { key });
        continue;
      }
      if (!entry.map('{mode: DISABLE}')) continue;
      const mode = entry.get('mode').oneOf(MODES);
      if (mode) pa.portLevelMtls[String(n)] = mode;
    }
  }
  return pa;
}

export function readAuthorizationPolicy(root: Field, name: string, namespace: string, apiVersion: string): AuthorizationPolicy | undefined {
  const ap: AuthorizationPolicy = { namespace, name, apiVersion };
  // Kept because they decide whether the policy applies to a sidecar at all (engine/istio/authz.ts).
  if (root.get('metadata').get('annotations').get('istio.io/dry-run').value === 'true') ap.dryRun = true;
  const spec = root.get('spec');
  if (!spec.present) return ap;
  if (!spec.map('{action: ALLOW, rules: [...]}')) return undefined;
  spec.known(['selector', 'action', 'provider', 'rules', 'targetRef', 'targetRefs']);
  const sel = workloadSelector(spec.get('selector'));
  if (sel) ap.selector = sel;
  if (spec.get('action').present) {
    const action = spec.get('action').oneOf(ACTIONS);
    if (!action) return undefined;
    ap.action = action as AuthzAction;
  }
  const provider = spec.get('provider').get('name').string('my-ext-authz');
  if (provider) ap.provider = provider;
  if (ap.action === 'CUSTOM' && !provider) spec.get('provider').error('istio.customProvider');
  const targets = [spec.get('targetRef'), ...(spec.get('targetRefs').list('[{kind: Gateway, name: gw}]') ?? [])].flatMap((t) => targetRef(t) ?? []);
  if (targets.length > 0) ap.targetRefs = targets;
  const rules = spec.get('rules').list('[{from: [{source: {principals: [...]}}]}]');
  if (rules) {
    ap.rules = [];
    for (const r of rules) {
      const rule = readRule(r);
      if (rule) ap.rules.push(rule);
    }
  }
  return ap;
}

function targetRef(t: Field): PolicyTargetRef | undefined {
  if (!t.present || !t.map('{kind: Gateway, group: gateway.networking.k8s.io, name: gw}')) return undefined;
  const kind = t.get('kind').string('Gateway');
  const name = t.get('name').string('gw');
  if (kind === undefined || name === undefined) return undefined;
  const group = t.get('group').present ? t.get('group').string('gateway.networking.k8s.io') : undefined;
  return { ...(group !== undefined ? { group } : {}), kind, name };
}

function readRule(r: Field): AuthzRule | undefined {
  if (!r.present) return {};
  if (!r.map('{from: [...], to: [...], when: [...]}')) return undefined;
  r.known(['from', 'to', 'when']);
  const rule: AuthzRule = {};
  const from = r.get('from').list('[{source: {principals: [...]}}]');
  if (from) {
    rule.from = [];
    for (const f of from) {
      if (!f.map('{source: {namespaces: [prod]}}')) continue;
      f.known(['source']);
      rule.from.push({ source: stringLists<AuthzSource>(f.get('source'), SOURCE_FIELDS) });
    }
  }
  const to = r.get('to').list('[{operation: {methods: [GET]}}]');
  if (to) {
    rule.to = [];
    for (const t of to) {
      if (!t.map('{operation: {methods: [GET]}}')) continue;
      t.known(['operation']);
      rule.to.push({ operation: stringLists<AuthzOperation>(t.get('operation'), OPERATION_FIELDS) });
    }
  }
  const when = r.get('when').list('[{key: request.headers[x-token], values: [abc]}]');
  if (when) {
    rule.when = [];
    for (const w of when) {
      if (!w.map('{key: source.namespace, values: [prod]}')) continue;
      w.known(['key', 'values', 'notValues']);
      const key = w.get('key').string('source.namespace');
      if (key === undefined) {
        if (!w.get('key').present) w.error('istio.conditionKey', { example: 'key: source.namespace' });
        continue;
      }
      const cond: AuthzCondition = { key };
      const values = w.get('values').strings('[prod]');
      if (values) cond.values = values;
      const notValues = w.get('notValues').strings('[prod]');
      if (notValues) cond.notValues = notValues;
      rule.when.push(cond);
    }
  }
  return rule;
}

function stringLists<T>(f: Field, fields: readonly string[]): T {
  const out: Record<string, string[]> = {};
  if (!f.present || !f.map('{…: [...]}')) return out as T;
  f.known(fields);
  for (const key of fields) {
    const items = f.get(key).list('["value"]');
    if (!items) continue;
    // Ports are written as strings in Istio but numbers are accepted by the API server: keep them as strings.
    out[key] = items.map((i) => (typeof i.value === 'number' ? String(i.value) : (i.string() ?? ''))).filter((s) => s !== '');
  }
  return out as T;
}
