import { describe, expect, it } from 'vitest';
import { createDesignerStore, AUTOSAVE_KEY } from './index';

function memoryStorage() {
  const m = new Map<string, string>();
  return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k), m };
}

function drawn() {
  const store = createDesignerStore({ autosave: false });
  const s = () => store.getState();
  s().addNamespace('front');
  s().addNamespace('back');
  s().addWorkload('front', 'web');
  s().addWorkload('back', 'api');
  return { store, s };
}

describe('designer store', () => {
  it('turns a drawn edge into a readable NetworkPolicy and reads it back as the same edge', () => {
    const { s } = drawn();
    expect(s().allowTraffic({ from: 'front/web', to: 'back/api', ports: [{ port: 8080, protocol: 'TCP' }] })).toBeUndefined();
    expect(s().text).toContain('name: allow-web-to-api');
    expect(s().text).toContain('kubernetes.io/metadata.name: front');
    const edge = s().design.edges.find((e) => e.from === 'front/web' && e.to === 'back/api')!;
    expect(edge).toMatchObject({ handWritten: false, ports: [{ port: 8080, protocol: 'TCP' }] });
  });

  it('editing the port in the YAML changes the edge', () => {
    const { s } = drawn();
    s().allowTraffic({ from: 'front/web', to: 'back/api', ports: [{ port: 8080, protocol: 'TCP' }] });
    s().setText(s().text.replace('port: 8080\n', 'port: 9090\n'));
    expect(s().design.edges[0]!.ports).toEqual([{ port: 9090, protocol: 'TCP' }]);
  });

  it('keeps the last valid design while the text has errors, and follows once fixed', () => {
    const { s } = drawn();
    const good = s().text;
    s().setText(good + '\n---\nkind: [oops\n');
    expect(s().stale).toBe(true);
    expect(
      s()
        .design.workloads.map((w) => w.id)
        .sort(),
    ).toEqual(['back/api', 'front/web']);
    expect(s().diagnostics.some((d) => d.severity === 'error')).toBe(true);
    s().setText(good.replace(/name: web\b/g, 'name: www'));
    expect(s().stale).toBe(false);
  });

  it('undoes and redoes canvas and text edits alike, well past 100 steps', () => {
    const { s, store } = drawn();
    const before = s().text;
    s().allowTraffic({ from: 'front/web', to: 'back/api', ports: [] });
    s().setText(s().text + '\n# a comment\n');
    s().undo();
    expect(s().text).not.toContain('# a comment');
    expect(s().text).toContain('allow-web-to-api');
    s().undo();
    expect(s().text).toBe(before);
    expect(s().design.edges).toEqual([]);
    s().redo();
    expect(s().design.edges).toHaveLength(1);
    for (let i = 0; i < 120; i++) s().setText(`# step ${i}\n`);
    for (let i = 0; i < 110; i++) s().undo();
    expect(s().text).toBe('# step 9\n');
    expect(store.history.getState().past.length).toBeGreaterThan(0);
  });

  it('default deny adds egress policies for drawn edges from that namespace; hand-written YAML is kept verbatim', () => {
    const { s } = drawn();
    s().setText(s().text + '---\n# mine\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: keep, namespace: front}\ndata: {a: "1"}   # untouched\n');
    s().allowTraffic({ from: 'front/web', to: 'back/api', ports: [{ port: 8080, protocol: 'TCP' }] });
    s().setNamespaceSwitch('front', { defaultDeny: true, allowDns: true });
    expect(s().text).toContain('name: default-deny');
    expect(s().text).toContain('name: allow-dns');
    expect(s().text).toContain('name: allow-web-to-api-egress');
    expect(s().text).toContain('data: {a: "1"}   # untouched');
    expect(s().design.namespaces.find((n) => n.name === 'front')).toMatchObject({ defaultDeny: true, allowDns: true });
  });

  it('mTLS on a namespace labels it for injection and adds Istio ALLOW policies for its mesh destinations', () => {
    const { s } = drawn();
    s().allowTraffic({ from: 'front/web', to: 'back/api', ports: [{ port: 8080, protocol: 'TCP' }] });
    s().setNamespaceSwitch('back', { mtls: 'STRICT' });
    expect(s().allowTraffic({ from: 'front/web', to: 'back/api', ports: [{ port: 8080, protocol: 'TCP' }], methods: ['GET'] })).toBeUndefined();
    expect(s().text).toContain('istio-injection: enabled');
    expect(s().text).toContain('kind: AuthorizationPolicy');
    expect(s().text).toContain('cluster.local/ns/front/sa/default');
    expect(s().design.workloads.find((w) => w.id === 'back/api')!.mesh).toBe(true);
  });

  it('refuses invalid names with a message instead of writing bad YAML', () => {
    const { s } = drawn();
    const refused = s().renameNode('front/web', 'Bad Name');
    expect(refused?.error).toMatch(/lowercase/);
    // The code travels with the English, so the page can say it in its own language.
    expect(refused?.message.code).toBe('name.invalid');
    expect(s().notice).toMatchObject({ tone: 'error', text: refused?.error, message: refused?.message });
  });

  it('autosaves and restores text, positions and viewport', async () => {
    const storage = memoryStorage();
    const a = createDesignerStore({ storage });
    a.getState().addNamespace('prod', { x: 10, y: 20 });
    a.getState().setViewport({ x: 5, y: 6, zoom: 0.5 });
    await new Promise((r) => setTimeout(r, 300));
    expect(storage.m.get(AUTOSAVE_KEY)).toContain('prod');
    const b = createDesignerStore({ storage });
    expect(b.getState().text).toContain('name: prod');
    expect(b.getState().positions['namespace:prod']).toEqual({ x: 10, y: 20 });
    expect(b.getState().viewport).toEqual({ x: 5, y: 6, zoom: 0.5 });
  });
});
