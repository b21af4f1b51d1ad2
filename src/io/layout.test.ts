import { describe, it, expect } from 'vitest';
import { bareDocument, isKustomization, repoLayout, safeSegment } from './layout';

const ref = (kind: string, namespace: string, name: string) => ({ kind, namespace, name });

describe('repository layout of an export', () => {
  it('puts each resource in its namespace folder, cluster-scoped ones in cluster/, and lists them cluster first', () => {
    const files = repoLayout([
      { ref: ref('NetworkPolicy', 'shop', 'default-deny'), text: 'kind: NetworkPolicy\n' },
      { ref: ref('Namespace', '', 'shop'), text: '---\nkind: Namespace\n' },
      { ref: ref('Deployment', 'shop', 'web'), text: 'kind: Deployment\n---\n' },
      { ref: ref('ConfigMap', '', 'settings'), text: 'kind: ConfigMap\n' },
    ]);
    expect(files.map((f) => f.path)).toEqual([
      'kustomization.yaml',
      'cluster/namespace-shop.yaml',
      'default/configmap-settings.yaml',
      'shop/deployment-web.yaml',
      'shop/networkpolicy-default-deny.yaml',
    ]);
    expect(files[0].text).toBe(
      'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n' +
        '  - cluster/namespace-shop.yaml\n  - default/configmap-settings.yaml\n  - shop/deployment-web.yaml\n' +
        '  - shop/networkpolicy-default-deny.yaml\n',
    );
    expect(files[1].text).toBe('kind: Namespace\n');
    expect(files[3].text).toBe('kind: Deployment\n');
  });

  it('never lets a name escape its folder or collide', () => {
    const files = repoLayout([
      { ref: ref('Pod', '../..', '../../etc/passwd'), text: 'a: 1' },
      { ref: ref('Pod', 'x', 'A'), text: 'a: 2' },
      { ref: ref('Pod', 'x', 'a'), text: 'a: 3' },
    ]);
    const paths = files.map((f) => f.path);
    expect(paths).toContain('x/pod-a.yaml');
    expect(paths).toContain('x/pod-a-2.yaml');
    for (const p of paths) expect(p.split('/')).not.toContain('..');
    expect(safeSegment('')).toBe('_');
    expect(safeSegment('...')).toBe('_');
  });

  it('keeps unreadable documents but does not list them', () => {
    const files = repoLayout([
      { text: 'key: [unclosed', invalid: true },
      { ref: ref('Pod', 'a', 'b'), text: '' },
    ]);
    expect(files.map((f) => f.path)).toEqual(['kustomization.yaml', 'unparsed/document-1.yaml']);
    expect(files[0].text).toContain('resources: []');
  });

  it('strips document separators', () => {
    expect(bareDocument('---\na: 1\n---\n\n')).toBe('a: 1\n');
    expect(bareDocument('---\n...\n')).toBe('');
  });

  it('recognises kustomization files', () => {
    expect(isKustomization('repo/kustomization.yaml')).toBe(true);
    expect(isKustomization('kustomization.yml')).toBe(true);
    expect(isKustomization('repo/my-kustomization.yaml')).toBe(false);
  });
});
