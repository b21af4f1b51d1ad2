// The picture of the drawn edges when zoomed far out (edgePicture.ts says why), in the viewport below the cards.
import { useMemo } from 'react';
import { ViewportPortal, type Edge, type Node } from '@xyflow/react';
import { absoluteRects, picturePaths } from './picturePaths';

export function EdgePicture({ nodes, edges, dimmed }: { nodes: readonly Node[]; edges: readonly Edge[]; dimmed: boolean }) {
  const paths = useMemo(() => picturePaths(edges, absoluteRects(nodes)), [nodes, edges]);
  return (
    <ViewportPortal>
      <svg className={`kpd-edge-picture${dimmed ? ' kpd-edge-dim' : ''}`} aria-hidden="true" data-testid="edge-picture">
        <path className="kpd-picture-drawn" d={paths.drawn} />
        <path className="kpd-picture-hand" d={paths.hand} />
      </svg>
    </ViewportPortal>
  );
}
