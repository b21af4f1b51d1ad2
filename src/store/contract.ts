// CONTRACT between the store (src/store, src/sync) and the React UI (src/ui).
// The tracked document is the YAML text plus view-only layout; everything else is derived.
import type { Design, Diagnostic, EdgePort, MtlsMode, NodeId, XY, Labels, ContainerPort, Verdict, Query } from '../model';

export interface DocumentState {
  /** The YAML in the editor: the single source of truth for objects and policies. */
  text: string;
  /** Canvas positions by node id (view state: never written into the YAML). */
  positions: Record<NodeId, XY>;
  /** Size of namespace group nodes by id. */
  sizes: Record<NodeId, { width: number; height: number }>;
  /** External nodes drawn but not yet used by any policy (so they do not vanish). */
  extraExternals: string[];
}

export interface DerivedState {
  /** The design of the last text that parsed without errors. */
  design: Design;
  /** Diagnostics of the current text (errors mean the canvas shows `design` of an older text). */
  diagnostics: Diagnostic[];
  /** True when the current text has errors and the canvas shows the last valid version. */
  stale: boolean;
}

export interface AllowTrafficInput {
  from: NodeId;
  to: NodeId;
  ports: EdgePort[];
  methods?: string[];
  paths?: string[];
}

/** Actions named like the buttons; each is one undo step. All return an error message or undefined. */
export interface DesignerActions {
  setText(text: string): void;
  addNamespace(name?: string, at?: XY): NodeId | undefined;
  addWorkload(namespace?: string, name?: string, at?: XY): NodeId | undefined;
  addExternal(cidr?: string, at?: XY): NodeId | undefined;
  allowTraffic(input: AllowTrafficInput): string | undefined;
  removeEdge(edgeId: string): void;
  removeNodes(ids: NodeId[]): void;
  moveWorkload(id: NodeId, toNamespace: string): string | undefined;
  renameNode(id: NodeId, newName: string): string | undefined;
  setLabels(id: NodeId, labels: Labels): string | undefined;
  setPorts(id: NodeId, ports: ContainerPort[]): string | undefined;
  setServiceAccount(id: NodeId, sa: string): string | undefined;
  setMesh(id: NodeId, inMesh: boolean): string | undefined;
  /** `injection` (optional, added by the store): label the namespace `istio-injection: enabled` or remove it. */
  setNamespaceSwitch(ns: string, sw: { defaultDeny?: boolean; allowDns?: boolean; mtls?: MtlsMode | 'off'; injection?: boolean }): void;
  setPositions(positions: Record<NodeId, XY>): void;
  /**
   * Optional (added by the store): between beginDrag() and endDrag(), setPositions/setSizes record no history;
   * endDrag() records the whole drag as one undo step.
   */
  beginDrag?(): void;
  endDrag?(): void;
  /** Optional (added by the store): resize namespace group nodes (one undo step, or part of a drag). */
  setSizes?(sizes: Record<NodeId, { width: number; height: number }>): void;
  /** `aspect`: width / height of the view the layout should fill (optional; a landscape default). */
  autoLayout(aspect?: number): Promise<void>;
  newDesign(): void;
  loadText(text: string): void;
  undo(): void;
  redo(): void;
}

export type { Verdict, Query };

/** View-only state: never tracked by undo, restored on reload where it says so. */
export interface ViewState {
  /** Selected node ids and/or one selected edge (drawn edge id or overlay pair `from->to`). */
  selection: { nodes: NodeId[]; edge?: string };
  /** Canvas viewport (restored on reload). */
  viewport: { x: number; y: number; zoom: number };
  /** The "Show traffic" toggle. */
  showTraffic: boolean;
  /** A request for the editor to reveal a position ("jump to policy"); `seq` changes on every request. */
  reveal?: { line: number; col: number; seq: number };
  /** A short message for the status bar (errors of actions, "restored from autosave"...). */
  notice?: { text: string; tone: 'info' | 'error'; seq: number };
  /** A request for the canvas to bring the whole design into view; changes on every request. */
  fit?: number;
  setSelection(sel: { nodes: NodeId[]; edge?: string }): void;
  setViewport(v: { x: number; y: number; zoom: number }): void;
  setShowTraffic(on: boolean): void;
  revealInEditor(line: number, col: number): void;
  notify(text: string, tone?: 'info' | 'error'): void;
  /** Ask the canvas to fit the whole design in view (a design replaced from outside, a node placed out of view). */
  requestFit(): void;
}

/**
 * The whole store. `src/store/index.ts` exports (factory + context, no module singleton; see shared/STYLE.md):
 *   createDesignerStore(opts?: { storage?: Pick<Storage,'getItem'|'setItem'|'removeItem'>; autosave?: boolean })
 *     → a zustand StoreApi<DesignerStore> with zundo's `.temporal` (undo history of DocumentState only)
 *   <DesignerProvider store={…}>, useDesigner(selector) (like zustand's useStore), useDesignerApi(),
 *   useCanUndo(), useCanRedo()
 */
export type DesignerStore = DocumentState & DerivedState & DesignerActions & ViewState;
