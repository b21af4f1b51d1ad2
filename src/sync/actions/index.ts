// Canvas actions, named like the buttons: pure functions (text, design, args) → { text } | { error }. The store
// calls them as one undo step each; tests drive them without a browser.
export type { ActionResult } from './common';
export { addNamespace, setNamespaceSwitch, type NamespaceSwitches } from './namespace';
export { addWorkload, setLabels, setPorts, setServiceAccount, setMesh } from './workload';
export { allowTraffic, removeEdge, edgeId } from './edges';
export { addExternal, removeNodes, moveWorkload, renameNode } from './nodes';
export { addClusterPolicy, updateClusterPolicy, removeClusterPolicy } from './cluster-policy';
