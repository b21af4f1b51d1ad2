// The YAML language worker (completion, hover, schema validation), loaded through Vite's `?worker` import.
// monaco-yaml's worker waits for two messages before Monaco's RPC starts: a dummy one, then its createData
// (setup.ts posts them, because Monaco ≥ 0.53 no longer does it for workers given as `worker`).
import 'monaco-yaml/yaml.worker.js';
