// Keyboard: Delete removes the selection, Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Escape clears the
// selection. Not while the user types in a field or in the editor (Monaco maps its own keys to the store).
import { useEffect } from 'react';
import { useDesignerApi } from '../../store';

const typing = (el: Element | null) =>
  !!el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || (el as HTMLElement).isContentEditable || !!el.closest('.monaco-editor'));

export function useShortcuts() {
  const api = useDesignerApi();
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (typing(document.activeElement) || e.defaultPrevented) return;
      const s = api.getState();
      const mod = e.ctrlKey || e.metaKey;
      if (mod && e.key.toLowerCase() === 'z') {
        e.preventDefault();
        if (e.shiftKey) s.redo();
        else s.undo();
      } else if (mod && e.key.toLowerCase() === 'y') {
        e.preventDefault();
        s.redo();
      } else if (e.key === 'Delete' || e.key === 'Backspace') {
        if (document.querySelector('[role="dialog"], [role="alertdialog"]')) return;
        const { nodes, edge } = s.selection;
        if (edge && !edge.startsWith('traffic:')) {
          e.preventDefault();
          // A hand-written edge stays (the store says why): keep it selected so the inspector shows where it comes from.
          const handWritten = s.design.edges.find((x) => x.id === edge)?.handWritten;
          s.removeEdge(edge);
          if (!handWritten) s.setSelection({ nodes: [] });
        } else if (nodes.length > 0) {
          e.preventDefault();
          s.removeNodes(nodes);
        }
      } else if (e.key === 'Escape') {
        if (!document.querySelector('[role="dialog"], [role="alertdialog"]')) s.setSelection({ nodes: [] });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [api]);
}
