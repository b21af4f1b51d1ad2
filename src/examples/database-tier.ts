import type { Example } from './types';

// Ingress to role=db is isolated by the policy; only role=backend pods of the same namespace on 5432/TCP get in.
// A podSelector peer without namespaceSelector means "pods in the policy's own namespace".
export const databaseTier: Example = {
  id: 'database-tier',
  group: 'example',
  manifests: `apiVersion: v1
kind: Namespace
metadata:
  name: app
  labels:
    kubernetes.io/metadata.name: app
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: app
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
        role: frontend
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
  namespace: app
spec:
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
        role: backend
    spec:
      containers:
        - name: api
          image: example/api
          ports:
            - name: http
              containerPort: 8080
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: postgres
  namespace: app
spec:
  serviceName: postgres
  selector:
    matchLabels:
      app: postgres
  template:
    metadata:
      labels:
        app: postgres
        role: db
    spec:
      containers:
        - name: postgres
          image: postgres:16
          ports:
            - name: tcp-postgres
              containerPort: 5432
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: db-allow-backend
  namespace: app
spec:
  podSelector:
    matchLabels:
      role: db
  policyTypes:
    - Ingress
  ingress:
    - from:
        - podSelector:
            matchLabels:
              role: backend
      ports:
        - protocol: TCP
          port: 5432
`,
  overlay: { from: 'app/web', to: 'app/postgres', kind: 'denied' },
  known: [
    { from: 'app/web', to: 'app/postgres', port: 5432, allowed: false, kind: 'denied' },
    { from: 'app/api', to: 'app/postgres', port: 5432, allowed: true, layers: { ingress: 'allowed' } },
    { from: 'app/api', to: 'app/postgres', port: 8080, allowed: false },
    { from: 'app/api', to: 'app/postgres', port: 5432, protocol: 'UDP', allowed: false },
    { from: 'app/web', to: 'app/api', port: 8080, allowed: true, kind: 'unisolated' },
  ],
};
