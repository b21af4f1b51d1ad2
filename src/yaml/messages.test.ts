// The reader's sentences and their catalogue cannot drift apart: every diagnostic of these bad documents has a
// code, its English template filled with its parameters is exactly its message, every code of the catalogue is
// said by some input (no dead codes), and the js-yaml fast path says the same codes as `yaml`.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../model';
import { YAML_MESSAGES, yamlTemplate, type YamlCode } from './messages';
import { MAX_INPUT_BYTES, parseManifests, parseManifestsWhole } from './parse';
import { parseManifestsFast } from './parse-fast';

const np = (spec: string) => `apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p, namespace: prod}\nspec: ${spec}\n`;
const peer = (p: string) => np(`{podSelector: {}, ingress: [{from: [${p}]}]}`);
const port = (p: string) => np(`{podSelector: {}, ingress: [{ports: [${p}]}]}`);
const pod = (spec: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: w, namespace: prod}\nspec: ${spec}\n`;
const sel = (e: string) => np(`{podSelector: {matchExpressions: [${e}]}}`);
const istio = (kind: string, spec: string) => `apiVersion: security.istio.io/v1\nkind: ${kind}\nmetadata: {name: i, namespace: prod}\nspec: ${spec}\n`;
const anp = (spec: string, meta = '{name: a}') => `apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: ${meta}\nspec: ${spec}\n`;
const cnp = (spec: string) => `apiVersion: policy.networking.k8s.io/v1alpha2\nkind: ClusterNetworkPolicy\nmetadata: {name: c}\nspec: ${spec}\n`;
const anpIn = (rule: string) => anp(`{priority: 1, subject: {namespaces: {}}, ingress: [${rule}]}`);
const anpOut = (rule: string) => anp(`{priority: 1, subject: {namespaces: {}}, egress: [${rule}]}`);
const cnpIn = (rule: string) => cnp(`{tier: Admin, priority: 1, subject: {namespaces: {}}, ingress: [${rule}]}`);
const anpPorts = (ports: string) => anpIn(`{action: Allow, from: [{namespaces: {}}], ports: ${ports}}`);
const cnpProtocols = (protocols: string) => cnpIn(`{action: Accept, from: [{namespaces: {}}], protocols: ${protocols}}`);
const times = (n: number, s: string) => Array.from({ length: n }, () => s).join(', ');
/** Nine levels of nine aliases each: far past the reader's node budget. */
const aliasBomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${times(9, `*a${i}`)}]`)].join('\n');

/** One input per code (it may say other things too). */
const CASES: [YamlCode, string][] = [
  ['file.tooLarge', 'a'.repeat(MAX_INPUT_BYTES + 1)],
  ['file.binary', 'a: \u0000'],
  ['syntax.error', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: x}\n? [a]\n: b\nc: !x d\n'],
  ['syntax.layout', 'apiVersion: v1\nkind: Namespace\nmetadata:\n    name: x\n  labels: {}\n'],
  ['syntax.duplicateKey', 'apiVersion: v1\nkind: Namespace\nkind: Namespace\nmetadata: {name: x}\n'],
  ['document.aliasBomb', aliasBomb],
  ['document.notMapping', '- a\n- b\n'],
  ['document.kindMissing', 'apiVersion: v1\nmetadata: {name: x}\n'],
  ['document.apiVersionMissing', 'kind: Namespace\nmetadata: {name: x}\n'],
  ['document.notModelled', 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n'],
  ['document.netpolSpec', 'apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: p}\n'],
  ['document.adminSpec', 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: AdminNetworkPolicy\nmetadata: {name: a}\n'],
  ['field.mapping', np('web')],
  ['field.list', np('{podSelector: {}, ingress: web}')],
  ['field.quote', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: 5}\n'],
  ['field.string', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: [x]}\n'],
  ['field.anyString', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: x, labels: {app: [web]}}\n'],
  ['field.int', pod('{containers: [{name: c, ports: [{containerPort: http}]}]}')],
  ['field.range', pod('{containers: [{name: c, ports: [{containerPort: 99999}]}]}')],
  ['field.oneOf', np('{podSelector: {}, policyTypes: [Sideways]}')],
  ['field.unknown', np('{podSelector: {}, ingres: []}')],
  ['object.nameRequired', 'apiVersion: v1\nkind: Namespace\nmetadata: {labels: {}}\n'],
  ['object.badName', 'apiVersion: v1\nkind: Namespace\nmetadata: {name: Bad_Name}\n'],
  ['workload.template', 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: d}\nspec: {replicas: 1}\n'],
  ['workload.containerPort', pod('{containers: [{name: c, ports: [{name: http}]}]}')],
  ['selector.key', sel('{operator: Exists}')],
  ['selector.operator', sel('{key: app}')],
  ['selector.values', sel('{key: app, operator: In}')],
  ['selector.noValues', sel('{key: app, operator: Exists, values: [web]}')],
  ['netpol.podSelector', np('{ingress: []}')],
  ['netpol.ipBlockAlone', peer('{podSelector: {}, ipBlock: {cidr: 10.0.0.0/8}}')],
  ['netpol.cidrRequired', peer('{ipBlock: {except: [10.1.0.0/16]}}')],
  ['netpol.cidr', peer('{ipBlock: {cidr: 10.0.0.0}}')],
  ['netpol.exceptCidr', peer('{ipBlock: {cidr: 10.0.0.0/8, except: [10.1.0.0]}}')],
  ['netpol.emptyPeer', peer('{}')],
  ['netpol.quotedPort', port('{port: "80"}')],
  ['port.name', port('{port: Web_Port}')],
  ['netpol.endPortNumeric', port('{port: http, endPort: 90}')],
  ['netpol.endPortBelow', port('{port: 90, endPort: 80}')],
  ['istio.portKey', istio('PeerAuthentication', '{portLevelMtls: {http: {mode: DISABLE}}}')],
  ['istio.customProvider', istio('AuthorizationPolicy', '{action: CUSTOM}')],
  ['istio.conditionKey', istio('AuthorizationPolicy', '{rules: [{when: [{values: [prod]}]}]}')],
  ['admin.version', 'apiVersion: policy.networking.k8s.io/v1alpha2\nkind: AdminNetworkPolicy\nmetadata: {name: a}\nspec: {}\n'],
  ['admin.namespaced', anp('{priority: 1, subject: {namespaces: {}}}', '{name: a, namespace: prod}')],
  ['admin.baselineName', 'apiVersion: policy.networking.k8s.io/v1alpha1\nkind: BaselineAdminNetworkPolicy\nmetadata: {name: b}\nspec: {}\n'],
  ['admin.tier', cnp('{priority: 1, subject: {namespaces: {}}}')],
  ['admin.priority', anp('{subject: {namespaces: {}}}')],
  ['admin.subjectRequired', anp('{priority: 1}')],
  ['admin.subjectNone', anp('{priority: 1, subject: {}}')],
  ['admin.subjectMany', anp('{priority: 1, subject: {namespaces: {}, pods: {namespaceSelector: {}, podSelector: {}}}}')],
  ['admin.peerNone', anpIn('{action: Allow, from: [{}]}')],
  ['admin.peerMany', anpIn('{action: Allow, from: [{namespaces: {}, pods: {namespaceSelector: {}, podSelector: {}}}]}')],
  ['admin.podSelector', anp('{priority: 1, subject: {pods: {namespaceSelector: {}}}}')],
  ['admin.namespaceSelector', anp('{priority: 1, subject: {pods: {podSelector: {}}}}')],
  ['admin.rulesMax', cnp(`{tier: Admin, priority: 1, subject: {namespaces: {}}, ingress: [${times(26, '{action: Accept, from: [{namespaces: {}}]}')}]}`)],
  ['admin.ruleName', anpIn(`{name: ${'r'.repeat(101)}, action: Allow, from: [{namespaces: {}}]}`)],
  ['admin.action', anpIn('{from: [{namespaces: {}}]}')],
  ['admin.peersRequired', anpIn('{action: Allow}')],
  ['admin.peersEmpty', anpIn('{action: Allow, from: []}')],
  ['admin.peersMax', cnpIn(`{action: Accept, from: [${times(26, '{namespaces: {}}')}]}`)],
  ['admin.namedPorts', anpOut('{action: Allow, to: [{networks: [10.0.0.0/8]}], ports: [{namedPort: http}]}')],
  ['admin.domainNamesCount', anpOut('{action: Allow, to: [{domainNames: []}]}')],
  ['admin.domainName', anpOut('{action: Allow, to: [{domainNames: [localhost]}]}')],
  ['admin.domainNamesAction', anpOut('{action: Deny, to: [{domainNames: [api.example.com]}]}')],
  ['admin.networksCount', anpOut('{action: Allow, to: [{networks: []}]}')],
  ['admin.network', anpOut('{action: Allow, to: [{networks: [10.0.0.0]}]}')],
  ['admin.networksTwice', anpOut('{action: Allow, to: [{networks: [10.0.0.0/8, 10.0.0.0/8]}]}')],
  ['ports.portNone', anpPorts('[{}]')],
  ['ports.portMany', anpPorts('[{namedPort: http, portNumber: {port: 80}}]')],
  ['ports.protocolNone', cnpProtocols('[{}]')],
  ['ports.protocolMany', cnpProtocols('[{tcp: {destinationPort: {number: 80}}, udp: {destinationPort: {number: 53}}}]')],
  ['ports.destinationNone', cnpProtocols('[{tcp: {destinationPort: {}}}]')],
  ['ports.destinationMany', cnpProtocols('[{tcp: {destinationPort: {number: 80, range: {start: 80, end: 90}}}}]')],
  ['ports.empty', anpPorts('[]')],
  ['ports.max', cnpProtocols(`[${times(26, '{tcp: {destinationPort: {number: 80}}}')}]`)],
  ['ports.portRequired', anpPorts('[{portNumber: {protocol: TCP}}]')],
  ['ports.destinationPort', cnpProtocols('[{tcp: {}}]')],
  ['ports.rangeEnd', anpPorts('[{portRange: {start: 8000}}]')],
  ['ports.startBelowEnd', cnpProtocols('[{tcp: {destinationPort: {range: {start: 9000, end: 8000}}}}]')],
  ['ports.startBelowEndV1', anpPorts('[{portRange: {start: 9000, end: 8000}}]')],
];

function codesOf(catalogue: object, prefix = ''): string[] {
  return Object.entries(catalogue).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : codesOf(v as object, `${prefix}${k}.`)));
}

const read = (text: string): Diagnostic[] => parseManifests([{ file: 'bad.yaml', text }]).diagnostics;
const said = new Map(CASES.map(([code, text]) => [code, read(text)]));
const placeholders = (template: string) => [...template.matchAll(/{{(\w+)}}/g)].map((m) => m[1]!);

describe("the YAML reader's sentences", () => {
  it.each(CASES)('%s is said of its input', (code, text) => {
    expect(said.get(code)!.map((d) => d.code)).toContain(code);
    // The fast path reads a document itself only when it is clean: either way the codes are the same.
    if (text.length < MAX_INPUT_BYTES) expect(parseManifestsFast([{ file: 'bad.yaml', text }])).toStrictEqual(parseManifestsWhole([{ file: 'bad.yaml', text }]));
  });

  it('each have a code whose English template, filled with exactly its parameters, is the message', () => {
    for (const [input, diagnostics] of said) {
      for (const d of diagnostics) {
        const template = yamlTemplate(d.code ?? '');
        expect(template, `${input}: ${d.message}`).toBeDefined();
        // Every placeholder has its parameter and every parameter a placeholder: nothing is dropped or left over.
        expect(Object.keys(d.params ?? {}).sort(), d.code).toEqual([...new Set(placeholders(template!))].sort());
        expect(
          template!.replace(/{{(\w+)}}/g, (_, name: string) => String(d.params![name])),
          d.code,
        ).toBe(d.message);
        for (const v of Object.values(d.params ?? {})) expect(['string', 'number']).toContain(typeof v);
      }
    }
  });

  it('leave no code of the catalogue unsaid', () => {
    const used = new Set([...said.values()].flat().map((d) => d.code));
    expect(codesOf(YAML_MESSAGES).filter((c) => !used.has(c))).toEqual([]);
  });
});
