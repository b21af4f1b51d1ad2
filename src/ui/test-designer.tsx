// A designer for tests, like tldraw's TestEditor: the real designer store, the real actions and the real engine
// session (in this thread), with no browser. Tests drive it as a user would (perform actions by name, type
// text) and read what the user would see: the YAML, the design on the canvas, the overlay's verdicts.
import { ReactFlowProvider } from '@xyflow/react';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { createI18n, type Language } from '../i18n';
import type { VerdictKind } from '../model';
import { createDesignerStore, DesignerProvider, type DesignerStore, type DesignerStoreApi } from '../store';
import { createSessionClient } from '../worker/client';
import { ActionsProvider, createActionRegistry, DESIGNER_ACTIONS, type ActionContext, type ActionRegistry, type AnyAction } from './actions';
import { createTrafficStore, followDesigner, TrafficProvider, type TrafficStoreApi } from './overlay';
import { overlayPairs } from './overlay/pairs';

export interface TestDesigner {
  readonly store: DesignerStoreApi;
  readonly traffic: TrafficStoreApi;
  readonly registry: ActionRegistry;
  readonly ctx: ActionContext;
  /** The designer's state now. */
  readonly state: DesignerStore;
  /** Perform an action by name, as its button or key would; false when it is disabled. */
  perform(name: string, arg?: unknown): boolean;
  /** Wait until opened designs are laid out and the overlay has the verdicts of the current text. */
  settled(): Promise<void>;
  /** The overlay's kind of the pair `from → to`, as its edge is coloured (undefined: no such edge). */
  trafficKind(from: string, to: string): VerdictKind | undefined;
  /** `children` inside the providers the page has (i18n, designer, traffic, actions). */
  wrap(children: ReactNode, lang?: Language): ReactNode;
}

export function createTestDesigner(opts: { text?: string; actions?: readonly AnyAction[] } = {}): TestDesigner {
  const store = createDesignerStore({ autosave: false, initialText: opts.text ?? '' });
  const traffic = createTrafficStore(createSessionClient());
  const registry = createActionRegistry(opts.actions ?? DESIGNER_ACTIONS);
  const ctx: ActionContext = { designer: store };
  followDesigner(traffic, store);
  return {
    store,
    traffic,
    registry,
    ctx,
    get state() {
      return store.getState();
    },
    perform: (name, arg) => registry.perform(name, ctx, arg),
    async settled() {
      // The engine session answers in microtasks; a bounded number of turns.
      for (let i = 0; i < 200; i++) {
        await store.whenIdle();
        await new Promise((r) => setTimeout(r, 0));
        const t = traffic.getState();
        if (!t.busy && (t.wanted === undefined || t.analysis?.text === t.wanted || t.error)) return;
      }
      throw new Error('the overlay did not settle');
    },
    trafficKind(from, to) {
      const matrix = traffic.getState().analysis?.connectivity;
      if (!matrix || !store.getState().showTraffic) return undefined;
      return overlayPairs(matrix, from).pairs.find((p) => p.from === from && p.to === to)?.kind;
    },
    wrap: (children, lang = 'en') => (
      <I18nextProvider i18n={createI18n(lang)}>
        <DesignerProvider store={store}>
          <TrafficProvider store={traffic}>
            <ActionsProvider registry={registry} ctx={ctx}>
              {/* As in App: the toolbar's find box and the canvas read React Flow's store. */}
              <ReactFlowProvider>{children}</ReactFlowProvider>
            </ActionsProvider>
          </TrafficProvider>
        </DesignerProvider>
      </I18nextProvider>
    ),
  };
}
