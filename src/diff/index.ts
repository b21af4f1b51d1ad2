// Public surface of diff: what changed in effective traffic between two designs (`kpd diff`, Compare on the page).
export { diffClusters, diffConnectivity, diffKind, direction, type Change, type DesignDiff, type DiffKind } from './diff';
export { diffMarkdown } from './markdown';
export { connectivityOf, connectivityOfBlocks, workloadIds, pairKey, type Connectivity } from './connectivity';
