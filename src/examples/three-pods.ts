import type { Example } from './types';

// A NetworkPolicy that selects `a` isolates its ingress; only the listed peer (`b`) gets in.
// https://kubernetes.io/docs/concepts/services-networking/network-policies/#isolated-and-non-isolated-pods
export const threePods: Example = {
  id: 'three-pods',
  group: 'example',
  manifests: `apiVersion: v1
kind: Namespace
metadata:
  name: demo
  labels:
    kubernetes.io/metadata.name: demo
---
apiVersion: v1
kind: Pod
metadata:
  name: a
  namespace: demo
  labels:
    app: a
spec:
  containers:
    - name: a
      image: nginx
      ports:
        - name: http
          containerPort: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: b
  namespace: demo
  labels:
    app: b
spec:
  containers:
    - name: b
      image: nginx
      ports:
        - name: http
          containerPort: 8080
---
apiVersion: v1
kind: Pod
metadata:
  name: c
  namespace: demo
  labels:
    app: c
spec:
  containers:
    - name: c
      image: nginx
      ports:
        - name: http
          containerPort: 8080
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: a-allow-from-b
  namespace: demo
spec:
  podSelector:
    matchLabels:
      app: a
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              app: b
`,
  overlay: { from: 'demo/c', to: 'demo/a', kind: 'denied' },
  known: [
    { from: 'demo/c', to: 'demo/a', port: 8080, allowed: false, kind: 'denied' },
    // a's ingress admits b explicitly: allowed (green), even though b's egress is not isolated (QUERY-MODEL.md).
    { from: 'demo/b', to: 'demo/a', port: 8080, allowed: true, kind: 'allowed', layers: { ingress: 'allowed', egress: 'unisolated' } },
    { from: 'demo/c', to: 'demo/b', port: 8080, allowed: true, kind: 'unisolated' },
    { from: 'demo/a', to: 'demo/c', port: 8080, allowed: true, kind: 'unisolated' },
  ],
};
