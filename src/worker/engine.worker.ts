// The engine in a Web Worker, so the canvas stays responsive while thousands of pairs are evaluated.
import type { Request } from './protocol';
import { EngineSession } from './session';

const session = new EngineSession();
self.onmessage = (e: MessageEvent<Request>) => {
  self.postMessage(session.handle(e.data));
};
