// Policy names as buttons that reveal the policy's text in the editor.
import type { PolicyRef } from '../../model';
import { useDesigner } from '../../store';
import { parseManifests } from '../../yaml';

export function usePolicyLocator() {
  const text = useDesigner((s) => s.text);
  const reveal = useDesigner((s) => s.revealInEditor);
  return (p: PolicyRef) => {
    const doc = parseManifests([{ file: '', text }]).documents.find((d) => d.ref?.kind === p.kind && d.ref.name === p.name && d.ref.namespace === p.namespace);
    if (doc) reveal(doc.text.startsWith('---') ? doc.line + 1 : doc.line, 1);
  };
}

export function PolicyLinks({ policies }: { policies: PolicyRef[] }) {
  const locate = usePolicyLocator();
  if (policies.length === 0) return null;
  return (
    <ul className="kpd-policy-links">
      {policies.map((p, i) => (
        <li key={i}>
          <button type="button" className="kpd-link" onClick={() => locate(p)}>
            {p.namespace ? `${p.kind} ${p.namespace}/${p.name}` : `${p.kind} ${p.name}`}
          </button>
          {p.rule ? <span className="kpd-muted"> {p.rule}</span> : null}
        </li>
      ))}
    </ul>
  );
}
