// PNG/SVG of the diagram as seen: html-to-image of the React Flow element, overlay included when shown.
// The zoom buttons and minimap are controls, not part of the diagram.
import { toPng, toSvg } from 'html-to-image';

const CONTROLS = ['react-flow__controls', 'react-flow__minimap', 'react-flow__panel', 'react-flow__attribution'];

function keep(node: Node): boolean {
  if (!(node instanceof Element)) return true;
  return !CONTROLS.some((c) => node.classList.contains(c));
}

export function diagramElement(): HTMLElement | null {
  return document.querySelector<HTMLElement>('.react-flow');
}

export async function diagramImage(el: HTMLElement, format: 'png' | 'svg'): Promise<string> {
  const opts = { filter: keep, backgroundColor: '#ffffff', pixelRatio: 2, cacheBust: true };
  return format === 'png' ? toPng(el, opts) : toSvg(el, opts);
}
