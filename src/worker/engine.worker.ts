// The engine in a Web Worker, so the canvas stays responsive while thousands of pairs are evaluated.
import { transferables, type SerializedConnectivity } from '../engine/connectivity/connectivity';
import type { Request } from './protocol';
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

const session = new EngineSession();
self.onmessage = (e: MessageEvent<Request>) => {
  const r = session.handle(e.data);
  if (r.type !== 'analyze') return self.postMessage(r);
  const connectivity = copyOf(r.payload.connectivity);
  self.postMessage({ ...r, payload: { ...r.payload, connectivity } }, { transfer: transferables(connectivity) });
};
