// Public surface of the engine: pure TypeScript, no DOM. Same code in the worker, the tests and the CLI.
// The folder's public surface (the worker, the CLI and the page import the engine from here).
export { createEngine, type Engine, type QueryError, type Endpoint } from './engine';
export { type Matrix, type MatrixGroup, type MatrixConnection } from './matrix';
export { type ConnectionBlock, type BlockOptions } from './blocks';
export { type Connectivity, type SerializedConnectivity, connectivityFromSerialized, serializeConnectivity, transferables, KINDS } from './connectivity/connectivity';
