// "Find workload" (Ctrl+K): a combobox over every namespace, workload, outside address and policy by name.
// Choosing one selects it, centres the view on it and zooms to it (opening its namespace if collapsed).
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReactFlow } from '@xyflow/react';
import type { Design, PolicyRef } from '../../model';
import { useDesigner, useDesignerApi } from '../../store';
import { parseManifests } from '../../yaml';
import { expandNamespace } from './useCanvasScale';

type Target = { kind: 'namespace' | 'workload' | 'external' | 'policy'; name: string; id: string; policy?: PolicyRef };
const LIMIT = 50;
const ZOOM_TO = { duration: 300, maxZoom: 1.2, minZoom: 0.6, padding: 0.35 };

function targets(design: Design, text: string): Target[] {
  const out: Target[] = [
    ...design.namespaces.map((n) => ({ kind: 'namespace' as const, name: n.name, id: n.id })),
    ...design.workloads.map((w) => ({ kind: 'workload' as const, name: w.id, id: w.id })),
    ...design.externals.map((e) => ({ kind: 'external' as const, name: e.cidr, id: e.id })),
  ];
  for (const d of parseManifests([{ file: '', text }]).documents) {
    const ref = d.ref;
    if (ref && /Policy|PeerAuthentication/.test(ref.kind))
      out.push({ kind: 'policy', name: `${ref.namespace ? `${ref.namespace}/` : ''}${ref.name}`, id: `${ref.kind}:${ref.namespace}/${ref.name}`, policy: ref as PolicyRef });
  }
  return out;
}

/** Matches first where the name starts with the query, then where a part (after / or -) does, then anywhere. */
export function rank(all: Target[], query: string): Target[] {
  const q = query.trim().toLowerCase();
  if (!q) return all.slice(0, LIMIT);
  const score = (t: Target) => {
    const n = t.name.toLowerCase();
    if (n === q || n.endsWith(`/${q}`)) return 0;
    if (n.startsWith(q)) return 1;
    if (n.split(/[/-]/).some((p) => p.startsWith(q))) return 2;
    return n.includes(q) ? 3 : -1;
  };
  return all
    .map((t) => ({ t, s: score(t) }))
    .filter((x) => x.s >= 0)
    .sort((a, b) => a.s - b.s || a.t.name.length - b.t.name.length)
    .slice(0, LIMIT)
    .map((x) => x.t);
}

export function FindBox() {
  const { t } = useTranslation();
  const id = useId();
  const api = useDesignerApi();
  const flow = useReactFlow();
  const design = useDesigner((s) => s.design);
  const text = useDesigner((s) => s.text);
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const all = useMemo(() => (open ? targets(design, text) : []), [open, design, text]);
  const matches = useMemo(() => rank(all, query), [all, query]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        e.stopPropagation();
        input.current?.focus();
        input.current?.select();
        setOpen(true);
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);

  const choose = (target: Target | undefined) => {
    if (!target) return;
    setOpen(false);
    setQuery('');
    const s = api.getState();
    let focus: string[] = [target.id];
    if (target.kind === 'workload') expandNamespace(target.id.split('/')[0]!);
    if (target.kind === 'policy') {
      const edge = s.design.edges.find((e) => e.policies.some((p) => p.kind === target.policy!.kind && p.name === target.policy!.name && p.namespace === target.policy!.namespace));
      const doc = parseManifests([{ file: '', text: s.text }]).documents.find((d) => `${d.ref?.kind}:${d.ref?.namespace}/${d.ref?.name}` === target.id);
      if (doc) s.revealInEditor(doc.text.startsWith('---') ? doc.line + 1 : doc.line, 1);
      if (!edge) return;
      for (const end of [edge.from, edge.to]) if (end.includes('/') && !end.startsWith('external:')) expandNamespace(end.split('/')[0]!);
      s.setSelection({ nodes: [], edge: edge.id });
      focus = [edge.from, edge.to];
    } else s.setSelection({ nodes: [target.id] });
    // After React Flow has the expanded namespace's nodes.
    setTimeout(() => void flow.fitView({ ...ZOOM_TO, nodes: focus.map((n) => ({ id: n })) }), 60);
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      setActive((a) => Math.max(0, Math.min(matches.length - 1, a + (e.key === 'ArrowDown' ? 1 : -1))));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(matches[active]);
    } else if (e.key === 'Escape') {
      setOpen(false);
      input.current?.blur();
    }
  };

  const listId = `${id}-list`;
  const expanded = open && query.trim() !== '';
  return (
    <div className="kpd-find">
      <input
        ref={input}
        type="text"
        role="combobox"
        aria-label={t('scale.find.label')}
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && matches[active] ? `${id}-o${active}` : undefined}
        placeholder={t('scale.find.placeholder')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKeyDown}
      />
      {expanded ? (
        <ul id={listId} role="listbox" aria-label={t('scale.find.label')}>
          {matches.length === 0 ? (
            <li role="option" aria-disabled="true" aria-selected={false}>
              {t('scale.find.none')}
            </li>
          ) : null}
          {matches.map((m, i) => (
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events -- the combobox's input handles the keys
            <li key={`${m.kind}:${m.id}`} id={`${id}-o${i}`} role="option" aria-selected={i === active} onMouseDown={(e) => e.preventDefault()} onClick={() => choose(m)}>
              <span>{m.name}</span>
              <small>{t(`scale.find.kinds.${m.kind}`)}</small>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
