import { describe, expect, it } from 'vitest';
import { createEngine } from '../engine';
import { parseManifests } from '../yaml';
import { createI18n } from './index';
import { actionMessage, object, refusal } from '../sync/messages';
import { say, sayDiagnostic, sayRefusal } from './say';

const YAML = `apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 80}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: db, namespace: shop, labels: {app: db}}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 5432}]}]}
`;

describe('say', () => {
  const v = createEngine(parseManifests([{ file: '', text: YAML }]).cluster).check({ from: 'shop/web', to: 'shop/db', port: 5432 });
  if ('error' in v) throw new Error(v.error);

  it('renders a reason in English exactly as the engine does', () => {
    const t = createI18n('en').t;
    for (const l of v.layers) expect(say(t, l.message)).toBe(l.reason);
  });

  it('renders the same reasons in Japanese, enum words included', () => {
    const t = createI18n('ja').t;
    const ingress = v.layers.find((l) => l.layer === 'ingress')!;
    expect(say(t, ingress.message)).toBe('Ingress（shop/db）：拒否。NetworkPolicy shop/deny で隔離されており、shop/web からの 5432/TCP を許可する Ingress ルールがありません');
    expect(say(t, v.layers.find((l) => l.layer === 'mtls')!.message)).toBe('mTLS（shop/db）：対象外（サイドカーなし）');
  });
});

describe('sayRefusal', () => {
  it('says an action error in Japanese, nested words included, and its English unchanged', () => {
    const refused = refusal(actionMessage('name.invalid', { what: object('serviceAccount'), name: 'Bad' }));
    expect(refused.error).toBe('service account name "Bad" must be lowercase letters, digits and \'-\', starting and ending with a letter or digit');
    expect(sayRefusal(createI18n('en').t, refused)).toBe(refused.error);
    expect(sayRefusal(createI18n('ja').t, refused)).toBe('サービスアカウントの名前 "Bad" は英小文字・数字・「-」のみで、先頭と末尾は英小文字か数字にしてください');
    expect(sayRefusal(createI18n('ja').t, undefined)).toBeUndefined();
  });
});

describe('sayDiagnostic', () => {
  const bad = `apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop}
spec: {containers: [{name: c, image: x, ports: [{containerPort: 99999}]}], hostNetwrk: true}
`;
  const diagnostics = parseManifests([{ file: '', text: bad }]).diagnostics;

  it('says in English exactly what the reader said', () => {
    const t = createI18n('en').t;
    expect(diagnostics.length).toBeGreaterThan(0);
    for (const d of diagnostics) expect(sayDiagnostic(t, d)).toBe(d.message);
  });

  it('says it in Japanese with the paths, values and field names as written', () => {
    const t = createI18n('ja').t;
    const [range] = diagnostics.filter((d) => d.code === 'field.range').map((d) => sayDiagnostic(t, d));
    expect(range).toBe('spec.containers[0].ports[0].containerPort：containerPort 99999 は範囲外です：1–65535 にしてください');
  });

  it('keeps the message of a diagnostic without a code', () => {
    const t = createI18n('ja').t;
    expect(sayDiagnostic(t, { severity: 'error', file: 'f', line: 1, col: 1, message: 'file is 30 MB' })).toBe('file is 30 MB');
  });
});
