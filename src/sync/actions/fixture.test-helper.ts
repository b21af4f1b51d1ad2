// Shared fixtures for the action tests: a small hand-written cluster whose bytes the actions must not disturb.
import type { Design } from '../../model';
import { analyse } from '../analyse';
import type { ActionResult } from './common';

export const SHOP = `# shop: written by hand
apiVersion: v1
kind: Namespace
metadata:
  name: front   # the web tier
---
apiVersion: v1
kind: Namespace
metadata: {name: back}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: front
spec:
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web, tier: frontend}
    spec:
      containers:
      - name: web
        image: nginx   # pinned later
        ports:
        - {name: http, containerPort: 8080}
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: back
spec:
  selector:
    matchLabels: {app: api}
  template:
    metadata:
      labels: {app: api}
    spec:
      serviceAccountName: api
      containers:
      - name: api
        image: api:1
        ports:
        - {name: http, containerPort: 9090}
        - {name: metrics, containerPort: 9100}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: back}
data:
  mode: "strict"   # keep quoted
`;

export const design = (text: string): Design => analyse(text).design;

/** The text of a successful action (fails the test with the action's message otherwise). */
export function ok(r: ActionResult): string {
  if ('error' in r) throw new Error(`action failed: ${r.error}`);
  return r.text;
}

export function error(r: ActionResult): string {
  if (!('error' in r)) throw new Error('expected the action to refuse');
  return r.error;
}

/** The YAML documents of a text (split on separators, as written). */
export const documents = (text: string) => text.split(/^---[^\n]*\n/m);

export const documentNamed = (text: string, kind: string, name: string) =>
  documents(text).find((d) => new RegExp(`^kind: ${kind}$`, 'm').test(d) && new RegExp(`^  name: ${name}$`, 'm').test(d));
