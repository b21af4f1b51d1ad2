// The overlay's traffic store over the real engine session: every answer goes to its asker, only an answer
// about the wanted text is shown, and the overlay never stays "Analysing…".
import { describe, expect, it } from 'vitest';
import { createDesignerStore } from '../../store';
import { createSessionClient } from '../../worker/client';
import type { EngineClient } from '../../worker/contract';
import type { Connectivity } from '../../engine/connectivity/connectivity';
import { createTrafficStore, followDesigner } from './traffic';

const NS = 'apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n';
const POD = (name: string, port = 80) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, namespace: shop, labels: {app: ${name}}}\nspec: {containers: [{name: c, image: x, ports: [{containerPort: ${port}}]}]}\n`;
const DENY_DB = `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: db-deny, namespace: shop}\nspec: {podSelector: {matchLabels: {app: db}}, policyTypes: [Ingress]}\n`;
const OPEN = [NS, POD('web'), POD('db', 5432)].join('---\n');
const CLOSED = [OPEN, DENY_DB].join('---\n');

/** The real in-process session, with answers held back until released (to reorder them). */
function held(client: EngineClient) {
  const gates: (() => void)[] = [];
  const hold = <T>(p: Promise<T>) => new Promise<T>((resolve, reject) => gates.push(() => void p.then(resolve, reject)));
  return {
    client: { ...client, analyze: (text: string) => hold(client.analyze(text)) } satisfies EngineClient,
    release: (i: number) => gates[i]!(),
    count: () => gates.length,
  };
}

/** The worker's answer, then its own task applying it (traffic.ts). */
const settle = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 0));
};
const kindOf = (c: Connectivity, from: string, to: string) => c.ports(c.indexOf(from)!, c.indexOf(to)!)[0]?.kind;

function setup(client: EngineClient = createSessionClient()) {
  const designer = createDesignerStore({ autosave: false, initialText: OPEN });
  designer.getState().setShowTraffic(true);
  const traffic = createTrafficStore(client);
  const stop = followDesigner(traffic, designer);
  return { designer, traffic, stop };
}

describe('the overlay follows the text it shows', () => {
  it('shows the verdicts of the current text after an edit, and stops being busy', async () => {
    const { designer, traffic } = setup();
    await settle();
    expect(kindOf(traffic.getState().analysis!.connectivity, 'shop/web', 'shop/db')).toBe('unisolated');
    designer.getState().setText(CLOSED);
    expect(traffic.getState().busy).toBe(true);
    await settle();
    expect(traffic.getState()).toMatchObject({ busy: false, wanted: CLOSED, analysis: { text: CLOSED } });
    expect(kindOf(traffic.getState().analysis!.connectivity, 'shop/web', 'shop/db')).toBe('denied');
  });

  it('questions of other askers about other texts do not cancel or replace the overlay analysis', async () => {
    const { designer, traffic } = setup();
    designer.getState().setText(CLOSED);
    // "Why?" and "Test a connection" ask meanwhile, one of them about the text before the edit.
    const [why, test] = await Promise.all([
      traffic.client.explain(CLOSED, { from: 'shop/web', to: 'shop/db', ports: [{ port: 5432, protocol: 'TCP' }] }),
      traffic.client.check(OPEN, { from: 'shop/web', to: 'shop/db', port: 5432 }),
    ]);
    await settle();
    expect(why[0]!.verdict.allowed).toBe(false);
    expect('allowed' in test && test.allowed).toBe(true);
    expect(traffic.getState()).toMatchObject({ busy: false, analysis: { text: CLOSED } });
  });

  it('an older answer that arrives last is not shown', async () => {
    const h = held(createSessionClient());
    const { designer, traffic } = setup(h.client);
    designer.getState().setText(CLOSED);
    expect(h.count()).toBe(2);
    h.release(1);
    await settle();
    h.release(0);
    await settle();
    expect(traffic.getState()).toMatchObject({ busy: false, analysis: { text: CLOSED }, seq: 1 });
  });

  it('a text with errors asks for nothing: the last valid verdicts stay and nothing waits', async () => {
    const { designer, traffic } = setup();
    await settle();
    designer.getState().setText(OPEN + '---\nkind: [oops\n');
    await settle();
    expect(traffic.getState()).toMatchObject({ busy: false, wanted: undefined, analysis: { text: OPEN } });
  });

  it('an engine failure ends the wait with its message', async () => {
    const failing: EngineClient = { ...createSessionClient(), analyze: () => Promise.reject(new Error('engine down')) };
    const { traffic } = setup(failing);
    await settle();
    expect(traffic.getState()).toMatchObject({ busy: false, error: { message: 'engine down' } });
  });

  it('asks nothing while the overlay is off, and once when it is turned on', async () => {
    let asked = 0;
    const client = createSessionClient();
    const { designer, traffic } = setup({ ...client, analyze: (t) => (asked++, client.analyze(t)) });
    designer.getState().setShowTraffic(false);
    designer.getState().setText(CLOSED);
    expect(asked).toBe(1);
    designer.getState().setShowTraffic(true);
    await settle();
    expect(asked).toBe(2);
    expect(traffic.getState().analysis?.text).toBe(CLOSED);
  });
});

describe('store.onTextCommit', () => {
  it('a listener that throws does not cost the user the edit', () => {
    const store = createDesignerStore({ autosave: false });
    const errors: unknown[] = [];
    const original = console.error;
    console.error = (e: unknown) => void errors.push(e);
    try {
      store.onTextCommit(() => {
        throw new Error('listener bug');
      });
      store.getState().setText(POD('kept'));
    } finally {
      console.error = original;
    }
    expect(store.getState().design.workloads.map((w) => w.name)).toEqual(['kept']);
    expect(errors).toHaveLength(1);
  });

  it('an analysis of a text with errors is never applied, even when asked for directly', async () => {
    const { traffic } = setup();
    await settle();
    const broken = `${CLOSED}---\nkind: [\n`;
    traffic.want(broken);
    await settle();
    expect(traffic.getState()).toMatchObject({ busy: false, wanted: broken, analysis: { text: OPEN } });
  });
});

describe('a big text read off the page', () => {
  /** A designer whose texts are all read by a reader that answers when told to (as a busy worker). */
  function slowDesigner() {
    const answers: (() => void)[] = [];
    const session = createSessionClient();
    const designer = createDesignerStore({
      autosave: false,
      initialText: OPEN,
      offPageChars: 1,
      offPage: {
        derive: (text, extra) => new Promise((resolve) => answers.push(() => void session.derive(text, extra).then(resolve))),
        lint: () => new Promise(() => {}),
      },
    });
    designer.getState().setShowTraffic(true);
    return { designer, answers };
  }
  const cover = (on: { covered: boolean }) => ({ covered: () => on.covered, subscribe: () => () => {} });

  /** An edit to CLOSED, the design still being read; the overlay follows with the canvas covered or not. */
  async function editWhileReading(covered: boolean) {
    const { designer, answers } = slowDesigner();
    const traffic = createTrafficStore(createSessionClient());
    followDesigner(traffic, designer, cover({ covered }));
    await settle();
    designer.getState().setText(CLOSED);
    await settle();
    expect(designer.getState().deriving).toBe(true);
    return { traffic, answers };
  }

  it('the overlay keeps the design before while the canvas does, and follows once the design is read', async () => {
    const { traffic, answers } = await editWhileReading(false);
    expect(traffic.getState()).toMatchObject({ wanted: OPEN, analysis: { text: OPEN } });
    answers[0]!();
    await settle();
    expect(traffic.getState()).toMatchObject({ wanted: CLOSED, analysis: { text: CLOSED } });
  });

  it('with the matrix covering the canvas, the verdicts follow the text at once', async () => {
    const { traffic } = await editWhileReading(true);
    expect(traffic.getState()).toMatchObject({ wanted: CLOSED, analysis: { text: CLOSED } });
  });
});
