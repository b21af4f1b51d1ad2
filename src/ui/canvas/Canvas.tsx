// The canvas: React Flow over the derived design. Nodes are controlled locally while dragging and written to the
// store (one undo step) when a drag ends; dropping a workload on another namespace moves it there.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  applyNodeChanges,
  Background,
  Controls,
  MarkerType,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type Edge,
  type FinalConnectionState,
  type Node,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import '../styles/edges.css';
import '../scale/scale.css';
import { useTranslation } from 'react-i18next';
import { sayRefusal } from '../../i18n/say';
import { useDesigner, useDesignerApi } from '../../store';
import { overlayEdgeTypes, useOverlayEdges } from '../overlay';
import { useActions } from '../actions';
import { WORKLOAD_SIZE } from '../../store/geometry';
import { compareEdgeTypes, useCompareEdges } from '../compare';
import { AllowEdgeView } from './AllowEdge';
import { ConnectDialog } from './ConnectDialog';
import { EdgePicture } from './EdgePicture';
import { PICTURE_MIN_EDGES } from './picturePaths';
import { LABEL_MIN_ZOOM, LabelLayerProvider } from './labelLayer';
import { MiniMap } from './MiniMap';
import { listSharer } from '../../store/share';
import { canvasEdges, canvasNodes, namespaceAt, sameItem, withLocalState } from './model';
import { useCanvasNames } from './names';
import { nodeTypes } from './nodes';
import { Obstacles, obstaclesOf, type ObstacleHolder } from './obstacles';
import { collapseNodes } from '../scale/collapse';
import { TrafficMarkers } from '../scale/TrafficSumEdge';
import { expandNamespace, hiddenBy, useArrival, useCollapsedNamespaces, useDimmed, withDimming } from '../scale/useCanvasScale';
import { useScaleView } from '../scale/view';
import { EMPTY_DESIGN } from '../../store/derive';

const edgeTypes = { allow: AllowEdgeView, ...overlayEdgeTypes, ...compareEdgeTypes };
// Props of <ReactFlow> keep their identity between renders: a new callback or options object makes React Flow
// re-render every edge (thousands on a large design) and re-apply its options.
const FIT_VIEW = { maxZoom: 1, padding: 0.1 };
const PRO_OPTIONS = { hideAttribution: true };
const REVEAL = { duration: 200, maxZoom: 1, padding: 0.15 };
const isZoomedOut = (s: { transform: [number, number, number] }) => s.transform[2] < LABEL_MIN_ZOOM;

export function Canvas() {
  const { t } = useTranslation();
  const names = useCanvasNames();
  const api = useDesignerApi();
  const designed = useDesigner((s) => s.design);
  // The matrix covers the canvas: React Flow keeps its view but draws nothing until the matrix closes (on a big
  // design, drawing it unseen would hold the page for seconds after every paste).
  const covered = useScaleView((s) => s.matrixOpen);
  const design = covered ? EMPTY_DESIGN : designed;
  const positions = useDesigner((s) => s.positions);
  const sizes = useDesigner((s) => s.sizes);
  const selection = useDesigner((s) => s.selection);
  const showTraffic = useDesigner((s) => s.showTraffic);
  const viewport = useDesigner((s) => s.viewport);
  const flow = useReactFlow();
  const { perform } = useActions();
  const [pending, setPending] = useState<{ from: string; to: string }>();

  const selected = useMemo(() => new Set(selection.nodes), [selection.nodes]);
  const arriving = useArrival(design.workloads.length);
  const collapsed = useCollapsedNamespaces(design, arriving, viewport.zoom);
  const dimmed = useDimmed(showTraffic, selection.nodes);
  // React Flow re-renders only the items whose objects changed: hand it back the previous ones where equal.
  const [shareNodes] = useState(() => listSharer<Node>(sameItem));
  const modelNodes = useMemo(
    () => shareNodes(withDimming(collapseNodes(canvasNodes(design, positions, sizes, selected, names), collapsed), dimmed)),
    [shareNodes, design, positions, sizes, selected, names, collapsed, dimmed],
  );
  const [nodes, setNodes] = useState<Node[]>(modelNodes);
  // The local nodes follow the model in the same render (React's pattern for state that follows a prop), never an
  // effect later: the edges follow the store at once, and React Flow, handed a new selection on the edges with the
  // old one on the nodes, reported that mix back as the user's selection; the store took it, the nodes then caught
  // up with the step before, and the two chased each other until React stopped the page (error #185).
  const [syncedFrom, setSyncedFrom] = useState(modelNodes);
  if (syncedFrom !== modelNodes) {
    const synced = new Map(syncedFrom.map((m) => [m.id, m]));
    setSyncedFrom(modelNodes);
    setNodes((local) => withLocalState(local, modelNodes, synced));
  }
  // One holder for the canvas's life; its rectangles follow the model (labels read them when their path changes).
  // (React Flow draws edges once it has measured the nodes, after this effect has run.)
  const obstacles = useRef<ObstacleHolder['current']>([]);
  useEffect(() => {
    obstacles.current = obstaclesOf(modelNodes);
  }, [modelNodes]);
  const overlay = useOverlayEdges(collapsed, !covered);
  const [shareDrawn] = useState(() => listSharer<Edge>(sameItem));
  // Compare shows only what changed: its edges take the traffic overlay's place.
  const changes = useCompareEdges();
  const drawn = useMemo<Edge[]>(
    () =>
      shareDrawn(
        canvasEdges(design, selection.edge, showTraffic, names)
          .filter((e) => !hiddenBy(collapsed, e.source) && !hiddenBy(collapsed, e.target))
          .map((e) => ({ ...e, markerEnd: { type: MarkerType.ArrowClosed } })),
      ),
    [shareDrawn, design, selection.edge, showTraffic, names, collapsed],
  );
  // Zoomed far out on a large design, React Flow gets only the selected drawn edge; the rest is a picture.
  const zoomedOut = useStore(isZoomedOut);
  const picture = zoomedOut && drawn.length > PICTURE_MIN_EDGES;
  const live = useMemo(() => (picture ? drawn.filter((e) => e.selected) : drawn), [picture, drawn]);
  const edges = useMemo<Edge[]>(() => (changes ? [...live, ...changes] : showTraffic ? [...live, ...overlay] : live), [live, showTraffic, overlay, changes]);

  const onNodesChange = useCallback((changes: NodeChange[]) => setNodes((ns) => applyNodeChanges(changes, ns)), []);

  const onNodeDragStop = useCallback(
    (_: unknown, node: Node, dragged: Node[]) => {
      const s = api.getState();
      const moved = dragged.length > 0 ? dragged : [node];
      if (node.type === 'workload' && moved.length === 1) {
        const parent = nodes.find((n) => n.id === node.parentId);
        // The card's centre decides where it was dropped.
        const abs = { x: (parent?.position.x ?? 0) + node.position.x + WORKLOAD_SIZE.width / 2, y: (parent?.position.y ?? 0) + node.position.y + WORKLOAD_SIZE.height / 2 };
        const target = namespaceAt(nodes, abs);
        const from = node.id.split('/')[0]!;
        if (target && target !== from) {
          s.moveWorkload(node.id, target);
          return;
        }
      }
      s.setPositions(Object.fromEntries(moved.map((n) => [n.id, { x: Math.round(n.position.x), y: Math.round(n.position.y) }])));
    },
    [api, nodes],
  );

  // Escape while dragging a connection cancels it: end React Flow's drag (it listens for mouseup on the document)
  // and ignore the connection that this synthetic release would otherwise report.
  const rf = useStoreApi();
  const escaped = useRef(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !rf.getState().connection.inProgress) return;
      escaped.current = true;
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [rf]);

  // Asked for by a design opened from outside (example, import, share link) or a node placed out of view: the
  // whole design in view, once React Flow has the new nodes.
  const fit = useDesigner((s) => s.fit);
  useEffect(() => {
    if (!fit) return;
    const timer = setTimeout(() => void flow.fitView(REVEAL), 50);
    return () => clearTimeout(timer);
  }, [fit, flow]);

  const onConnectStart = useCallback(() => (escaped.current = false), []);
  const onEdgeClick = useCallback((_: unknown, edge: Edge) => api.getState().setSelection({ nodes: [], edge: edge.id }), [api]);
  const onMoveEnd = useCallback((_: unknown, v: Viewport) => api.getState().setViewport(v), [api]);

  const onConnect = useCallback((c: Connection) => {
    if (escaped.current) return;
    if (c.source && c.target && c.source !== c.target) setPending({ from: c.source, to: c.target });
  }, []);

  // React Flow only connects when the pointer ends near a handle; people drop on the node itself, so a drop on
  // any node's body counts too (the innermost node under the pointer: a workload before its namespace).
  const onConnectEnd = useCallback((e: MouseEvent | TouchEvent, state: FinalConnectionState) => {
    if (escaped.current || state.isValid || !state.fromNode) return;
    const p = 'changedTouches' in e ? e.changedTouches[0] : e;
    if (!p) return;
    const el = document.elementFromPoint(p.clientX, p.clientY)?.closest('.react-flow__node');
    const to = el?.getAttribute('data-id');
    if (to && to !== state.fromNode.id) setPending({ from: state.fromNode.id, to });
  }, []);

  const onSelectionChange = useCallback(
    ({ nodes: ns, edges: es }: { nodes: Node[]; edges: Edge[] }) => {
      const s = api.getState();
      const next = { nodes: ns.map((n) => n.id), ...(es[0] ? { edge: es[0].id } : {}) };
      if (next.nodes.join() !== s.selection.nodes.join() || next.edge !== s.selection.edge) {
        if (next.nodes.length === 0 && !next.edge && s.selection.edge?.startsWith('traffic:')) return; // keep an overlay pair selected
        s.setSelection(next);
      }
    },
    [api],
  );

  const onDoubleClick = (e: React.MouseEvent) => {
    const target = e.target as HTMLElement;
    const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const folded = target.closest('.react-flow__node-namespaceCollapsed');
    if (folded) {
      expandNamespace(folded.getAttribute('data-id')!.slice('namespace:'.length));
      return;
    }
    if (target.classList.contains('react-flow__pane')) {
      perform('addNamespace', { at: { x: Math.round(p.x), y: Math.round(p.y) } });
      return;
    }
    const nsEl = target.closest('.react-flow__node-namespace');
    if (nsEl && !target.closest('.react-flow__node-workload')) {
      const id = nsEl.getAttribute('data-id')!;
      const ns = nodes.find((n) => n.id === id)!;
      // The new card is centred on the pointer.
      const at = { x: Math.round(p.x - ns.position.x - WORKLOAD_SIZE.width / 2), y: Math.round(p.y - ns.position.y - WORKLOAD_SIZE.height / 2) };
      perform('addWorkload', { at, namespace: id.slice('namespace:'.length) });
    }
  };

  const empty = designed.namespaces.length === 0 && designed.externals.length === 0;
  const initial: Viewport | undefined = viewport.zoom !== 1 || viewport.x !== 0 || viewport.y !== 0 ? viewport : undefined;
  return (
    <div className="kpd-flow" onDoubleClick={onDoubleClick}>
      <LabelLayerProvider>
        <Obstacles.Provider value={obstacles}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            onNodesChange={onNodesChange}
            onNodeDragStop={onNodeDragStop}
            onConnectStart={onConnectStart}
            onConnect={onConnect}
            onConnectEnd={onConnectEnd}
            onSelectionChange={onSelectionChange}
            onEdgeClick={onEdgeClick}
            onMoveEnd={onMoveEnd}
            defaultViewport={initial}
            fitView={!initial}
            fitViewOptions={FIT_VIEW}
            zoomOnDoubleClick={false}
            deleteKeyCode={null}
            minZoom={0.05}
            onlyRenderVisibleElements={nodes.length > 400}
            zIndexMode="manual"
            proOptions={PRO_OPTIONS}
          >
            <Background gap={24} size={1} />
            <TrafficMarkers />
            {picture ? <EdgePicture nodes={nodes} edges={drawn} dimmed={showTraffic} /> : null}
            <Controls showInteractive={false} />
            {/* A minimap only helps once the design no longer fits; on a small one it just covers nodes. */}
            {nodes.length > 24 ? <MiniMap /> : null}
          </ReactFlow>
        </Obstacles.Provider>
      </LabelLayerProvider>
      {empty ? <p className="kpd-empty">{t('shell.canvas.empty')}</p> : null}
      {pending ? (
        <ConnectDialog
          from={pending.from}
          to={pending.to}
          onCancel={() => setPending(undefined)}
          onAllow={(ports) => {
            const err = api.getState().allowTraffic({ from: pending.from, to: pending.to, ports });
            if (!err) setPending(undefined);
            return sayRefusal(t, err);
          }}
        />
      ) : null}
    </div>
  );
}
