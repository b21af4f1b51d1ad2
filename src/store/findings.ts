// Lint findings as derived state of the text, computed a moment after the text settles (lint costs ~150 ms at
// 300 workloads, too much for every keystroke's commit), from the analysis the store already has (no second
// parse). Fixes are text edits committed like typing: one undo step.
import { lint } from '../lint';
import { applyFixToText } from '../lint/fixes';
import type { LintFinding } from '../lint/types';
import type { DesignerStoreApi } from './create';
import type { Analyser } from './derive';

export const FINDINGS_DELAY = 250;

/**
 * The namespace has a default deny (the designer's switch or an equivalent hand-written policy): every pod's egress
 * is isolated, so the "Allow DNS" switch (a namespace-wide allow-dns policy) isolates nobody new and is the fix
 * the canvas shows. Elsewhere a namespace-wide Egress policy would isolate pods that were open: edit the policy.
 */
function namespaceDenied(store: DesignerStoreApi, f: LintFinding): boolean {
  return !!store.getState().design.namespaces.find((n) => n.name === f.ref.namespace)?.defaultDeny;
}

/**
 * `offPage`: lint in a worker (the page's). Its answer is kept only while the text is still the store's; a worker
 * that fails leaves the page to lint the text itself.
 */
export function installFindings(store: DesignerStoreApi, analyser: Analyser, offPage?: (text: string) => Promise<LintFinding[]>, delay = FINDINGS_DELAY): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const here = (text: string) => lint(analyser(text, store.getState().extraExternals).parse);
  const found = (text: string, findings: LintFinding[]) => {
    if (store.getState().text === text) store.setState({ findings, findingsText: text });
  };
  const run = () => {
    timer = undefined;
    const s = store.getState();
    if (s.findingsText === s.text) return;
    const text = s.text;
    if (!offPage) return found(text, here(text));
    offPage(text).then(
      (findings) => found(text, findings),
      () => store.getState().text === text && found(text, here(text)),
    );
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, delay);
  };
  store.setState({
    applyFix(f) {
      const s = store.getState();
      // The switch writes the same rule as the managed allow-dns policy, and keeps the design's switches true.
      if (f.action?.kind === 'add-dns-egress' && namespaceDenied(store, f)) {
        s.setNamespaceSwitch(f.ref.namespace, { allowDns: true });
        return;
      }
      const text = applyFixToText(s.text, f);
      if (text === undefined || text === s.text) {
        s.notify(`${f.code}: the YAML changed since this was found; nothing was fixed`, 'error');
        return;
      }
      s.setText(text);
    },
  });
  store.subscribe((s, prev) => {
    if (s.text !== prev.text) schedule();
  });
  schedule();
}
