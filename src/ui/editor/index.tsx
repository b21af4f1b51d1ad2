// Slot owned by the Monaco editor work (stub until it lands). The shell lazy-loads this module:
//   const YamlEditorPanel = lazy(() => import('./editor'));
// It reads/writes the store itself (text, diagnostics, reveal) and needs no props.
export default function YamlEditorPanel() {
  return <div aria-label="YAML editor">YAML editor loading…</div>;
}
