// The engine in a Web Worker, so the canvas stays responsive while thousands of pairs are evaluated.
import { transferables, type SerializedConnectivity } from '../engine/connectivity/connectivity';
import type { Request } from './protocol';
import { parseManifestsFast } from '../yaml/parse-fast';
import { EngineSession } from './session';

/**
 * Copies of the typed arrays, to transfer: the session keeps the engine of the text (and its Connectivity) for
 * the next question, so its own buffers must not be detached.
 */
function copyOf(c: SerializedConnectivity): SerializedConnectivity {
  return {
    ids: c.ids,
    slotStart: c.slotStart.slice(),
    slotPort: c.slotPort.slice(),
    slotProtocol: c.slotProtocol.slice(),
    planes: c.planes.slice(),
    ...(c.tierPlanes ? { tierPlanes: c.tierPlanes.slice() } : {}),
  };
}

// js-yaml reads the plain documents of the text here (a first 1,000-workload paste: about 250 ms instead of 870 ms,
// and the cache keeps every document's reading for the next edit). It adds about 40 KB to this worker's bundle
// only: the page's bundle, which keeps the in-page session for browsers without workers, never imports it.
const session = new EngineSession((text) => parseManifestsFast([{ file: '', text }], { remember: true }).cluster);
self.onmessage = (e: MessageEvent<Request>) => {
  const r = session.handle(e.data);
  if (r.type !== 'analyze') return self.postMessage(r);
  const connectivity = copyOf(r.payload.connectivity);
  self.postMessage({ ...r, payload: { ...r.payload, connectivity } }, { transfer: transferables(connectivity) });
};
