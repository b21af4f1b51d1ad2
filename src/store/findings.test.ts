// Lint findings in the store: computed after the pause, and a fix is one undo step.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDesignerStore } from './create';
import { FINDINGS_DELAY } from './findings';

const shop = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: Pod
metadata: {name: web, namespace: shop, labels: {app: web}}
spec: {containers: [{name: c, image: x}]}
`;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('findings in the store', () => {
  it('follow the text after a pause; "Add DNS egress" on a default-deny namespace turns on Allow DNS in one undo step', () => {
    const store = createDesignerStore({ autosave: false, initialText: shop });
    store.getState().setNamespaceSwitch('shop', { defaultDeny: true });
    vi.advanceTimersByTime(FINDINGS_DELAY + 10);
    const s = store.getState();
    expect(s.findingsText).toBe(s.text);
    const dns = s.findings!.find((f) => f.code === 'KPD104')!;
    expect(dns.ref.name).toBe('default-deny');
    s.applyFix!(dns);
    expect(store.getState().design.namespaces[0]!.allowDns).toBe(true);
    vi.advanceTimersByTime(FINDINGS_DELAY + 10);
    expect(store.getState().findings!.map((f) => f.code)).not.toContain('KPD104');
    store.getState().undo();
    expect(store.getState().design.namespaces[0]!.allowDns).toBe(false);
    expect(store.getState().design.namespaces[0]!.defaultDeny).toBe(true);
  });
});
