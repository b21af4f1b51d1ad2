// Monaco, bundled and offline: workers come from Vite `?worker` imports, schemas are local objects.
import * as monaco from 'monaco-editor/editor/editor.api.js';
import './features';
import { configureMonacoYaml, type MonacoYaml } from 'monaco-yaml';
import EditorWorker from 'monaco-editor/editor/editor.worker.js?worker';
import YamlWorker from './yaml.worker.ts?worker';
import { MODEL_URI, manifestSchema } from '../schemas';
import { defineThemes } from './theme';

export { monaco };
export type Monaco = typeof monaco;

function workerFor(label: string): Worker {
  return label === 'yaml' ? new YamlWorker() : new EditorWorker();
}

interface LegacyWorkerOptions {
  moduleId?: string;
  label?: string;
  createData?: unknown;
  host?: Record<string, (...args: never[]) => unknown>;
  keepIdleModels?: boolean;
  worker?: Worker | Promise<Worker>;
}

/**
 * monaco-yaml 5.5 calls createWebWorker the pre-0.53 way ({ moduleId, label, createData }). The slim editor.api
 * entry only accepts an explicit `worker` and would otherwise leave YAML features silently dead
 * (monaco-yaml issue 272), so hand it one and post the two messages its worker bootstrap expects.
 */
function createWebWorker<T extends object>(opts: LegacyWorkerOptions): monaco.editor.MonacoWebWorker<T> {
  if (opts.worker) return monaco.editor.createWebWorker<T>({ worker: opts.worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
  const worker = workerFor(opts.label ?? '');
  worker.postMessage('ignore');
  worker.postMessage(opts.createData);
  return monaco.editor.createWebWorker<T>({ worker, host: opts.host, keepIdleModels: opts.keepIdleModels });
}

/**
 * monaco-yaml also reports YAML syntax errors (source "YAML"). The store's parser — the one the canvas uses —
 * already reports those at exact positions (owner 'kpd'); showing both doubles every message. Keep only
 * monaco-yaml's schema markers (source "yaml-schema: …").
 */
function setModelMarkers(model: monaco.editor.ITextModel, owner: string, markers: monaco.editor.IMarkerData[]): void {
  monaco.editor.setModelMarkers(model, owner, owner === 'yaml' ? markers.filter((m) => m.source !== 'YAML') : markers);
}

let configured = false;
let yaml: MonacoYaml | undefined;

/**
 * Turn monaco-yaml's schema check on or off. It runs on every edit, over the whole document: on a 1 MB cluster
 * export that is over a second of CPU in its worker per keystroke pause, which on a small machine starves the
 * engine's workers. The store's parser and lint still check every document of a big text.
 */
export function setSchemaCheck(on: boolean): void {
  if (!yaml || yaml.getOptions().validate === on) return;
  void yaml.update({ ...yaml.getOptions(), validate: on });
  if (!on) for (const model of monaco.editor.getModels()) monaco.editor.setModelMarkers(model, 'yaml', []);
}

/** Idempotent: the panel may mount twice (React StrictMode, remounts after a layout change). */
export function setupMonaco(): Monaco {
  if (configured) return monaco;
  configured = true;
  (globalThis as { MonacoEnvironment?: monaco.Environment }).MonacoEnvironment = {
    getWorker: (_moduleId: string, label: string) => workerFor(label),
  };
  defineThemes(monaco);
  const monacoForYaml = { ...monaco, editor: { ...monaco.editor, createWebWorker, setModelMarkers } } as unknown as Monaco;
  yaml = configureMonacoYaml(monacoForYaml, {
    enableSchemaRequest: false,
    validate: true,
    hover: true,
    completion: true,
    isKubernetes: true,
    schemas: [{ uri: 'kpd://schemas/manifest.json', fileMatch: [MODEL_URI], schema: manifestSchema as never }],
  });
  return monaco;
}
