import type { Example } from './types';

// Every pod of `production` is selected (podSelector {}), so its ingress is isolated; the only peer is a
// namespaceSelector on the automatic label kubernetes.io/metadata.name (set by Kubernetes since 1.22).
export const namespaceIsolation: Example = {
  id: 'namespace-isolation',
  group: 'example',
  manifests: `apiVersion: v1
kind: Namespace
metadata:
  name: production
  labels:
    kubernetes.io/metadata.name: production
---
apiVersion: v1
kind: Namespace
metadata:
  name: staging
  labels:
    kubernetes.io/metadata.name: staging
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: production
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx
          ports:
            - name: http
              containerPort: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: production
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: example/api
          ports:
            - name: http
              containerPort: 8080
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tester
  namespace: staging
spec:
  selector:
    matchLabels:
      app: tester
  template:
    metadata:
      labels:
        app: tester
    spec:
      containers:
        - name: tester
          image: example/tester
          ports:
            - name: http
              containerPort: 8080
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: production-only
  namespace: production
spec:
  podSelector: {}
  policyTypes:
    - Ingress
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: production
`,
  overlay: { from: 'staging/tester', to: 'production/api', kind: 'denied' },
  known: [
    { from: 'staging/tester', to: 'production/api', port: 8080, allowed: false, kind: 'denied' },
    { from: 'production/web', to: 'production/api', port: 8080, allowed: true, layers: { ingress: 'allowed' } },
    { from: 'production/api', to: 'production/web', port: 9999, allowed: true },
    { from: 'production/api', to: 'staging/tester', port: 8080, allowed: true, kind: 'unisolated' },
  ],
};
