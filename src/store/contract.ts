// What the store (src/store, src/sync) offers the React UI (src/ui).
// The tracked document is the YAML text plus view-only layout; everything else is derived.
import type { ActionError, AdminPolicy, AdminTier, Design, Diagnostic, EdgePort, Message, MtlsMode, NodeId, XY, Labels, ContainerPort, Verdict, Query } from '../model';
import type { LintFinding } from '../lint/types';

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
  /**
   * True while a big text is read off the page (store/commit.ts): `design`, `diagnostics` and `stale` are still
   * those of the text before, and the text's own arrive in a moment.
   */
  deriving: boolean;
}

export interface AllowTrafficInput {
  from: NodeId;
  to: NodeId;
  ports: EdgePort[];
  methods?: string[];
  paths?: string[];
}

/** Actions named like the buttons; each is one undo step (capture.ts). Those that can fail return the refusal (English and its code) or undefined. */
export interface DesignerActions {
  setText(text: string): void;
  /**
   * The editor's text while the user pauses, before the typing pause commits it: a big text is read ahead (its
   * design off the page, its verdicts in the engine worker), so the commit finds them under way. Optional.
   */
  anticipate?(text: string): void;
  addNamespace(name?: string, at?: XY): NodeId | undefined;
  addWorkload(namespace?: string, name?: string, at?: XY): NodeId | undefined;
  addExternal(cidr?: string, at?: XY): NodeId | undefined;
  allowTraffic(input: AllowTrafficInput): ActionError | undefined;
  removeEdge(edgeId: string): void;
  removeNodes(ids: NodeId[]): void;
  moveWorkload(id: NodeId, toNamespace: string): ActionError | undefined;
  renameNode(id: NodeId, newName: string): ActionError | undefined;
  setLabels(id: NodeId, labels: Labels): ActionError | undefined;
  setPorts(id: NodeId, ports: ContainerPort[]): ActionError | undefined;
  setServiceAccount(id: NodeId, sa: string): ActionError | undefined;
  setMesh(id: NodeId, inMesh: boolean): ActionError | undefined;
  /** `injection` (optional, added by the store): label the namespace `istio-injection: enabled` or remove it. */
  setNamespaceSwitch(ns: string, sw: { defaultDeny?: boolean; allowDns?: boolean; mtls?: MtlsMode | 'off'; injection?: boolean }): void;
  /** "Add cluster policy": a ClusterNetworkPolicy of the tier; returns its card id (one undo step). */
  addClusterPolicy?(tier: AdminTier): NodeId | undefined;
  /** The cluster policy form; the object keeps its kind. */
  updateClusterPolicy?(id: NodeId, next: AdminPolicy): ActionError | undefined;
  removeClusterPolicy?(id: NodeId): void;
  /** Cards moved on the canvas (one undo step for the whole drag: React Flow reports it when the drag ends). */
  setPositions(positions: Record<NodeId, XY>): void;
  /** `aspect`: width / height of the view the layout should fill (optional; a landscape default). */
  autoLayout(aspect?: number): Promise<void>;
  newDesign(): void;
  /**
   * Replace the design from outside (example, import, share link, lesson step): the text with its layout, as
   * ONE undo step. With `positions` (a share link) those are used; otherwise the design is laid out first.
   */
  openDesign(text: string, opts?: { positions?: Record<NodeId, XY> }): Promise<void>;
  undo(): void;
  redo(): void;
}

export type { Verdict, Query };
export type { HistoryState } from './history';

export type ShellDialog = 'shortcuts' | 'newDesign';

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
  /** A short message for the status bar (errors of actions, "restored from autosave"...); `message` (a code of
   * src/sync/messages.ts) is shown in the page's language, `text` otherwise. */
  notice?: { text: string; tone: 'info' | 'error'; seq: number; message?: Message };
  /** A request for the canvas to bring the whole design into view; changes on every request. */
  fit?: number;
  /** The shell's open dialog: the keyboard shortcuts, or the confirmation of a new design. */
  dialog?: ShellDialog;
  setSelection(sel: { nodes: NodeId[]; edge?: string }): void;
  setViewport(v: { x: number; y: number; zoom: number }): void;
  setShowTraffic(on: boolean): void;
  revealInEditor(line: number, col: number): void;
  notify(text: string, tone?: 'info' | 'error', message?: Message): void;
  /** Ask the canvas to fit the whole design in view (a design replaced from outside, a node placed out of view). */
  requestFit(): void;
  openDialog(dialog: ShellDialog | undefined): void;
}

/**
 * The whole store. `src/store/index.ts` exports (factory + context, no module singleton; see shared/STYLE.md):
 *   createDesignerStore(opts?: { storage?: Pick<Storage,'getItem'|'setItem'|'removeItem'>; autosave?: boolean })
 *     → a zustand StoreApi<DesignerStore> with `.history` (undo history of DocumentState only, history.ts)
 *   <DesignerProvider store={…}>, useDesigner(selector) (like zustand's useStore), useDesignerApi(),
 *   useCanUndo(), useCanRedo()
 */
export type DesignerStore = DocumentState & DerivedState & DesignerActions & ViewState & LintState;

/**
 * Lint findings of the text (src/lint), computed after a short pause rather than on every commit (at 300
 * workloads lint takes ~150 ms). Optional: added by the store (store/findings.ts).
 */
export interface LintState {
  findings?: LintFinding[];
  /** The text the findings describe (the editor places markers only on that text). */
  findingsText?: string;
  /** Apply a finding's certain fix: one undo step; a notice when the text no longer holds what it saw. */
  applyFix?(finding: LintFinding): void;
}
