/** Lesson titles and step text, keyed by lesson and step id (src/lessons). */
export const lessons = {
  zeroTrust: {
    title: 'Zero trust with NetworkPolicy',
    intro: 'Start wide open, deny everything, then open exactly the paths the shop needs: DNS, web → api, api → db.',
    steps: {
      open: {
        title: 'Everything is open',
        goal: 'Load the shop: web, api and db in namespace shop, kube-dns in kube-system. With no NetworkPolicy every pair is amber: allowed only because nothing isolates it.',
        hint: 'Press “Show me” to load the starting design, then turn on “Show traffic”.',
      },
      defaultDeny: {
        title: 'Default deny',
        goal: 'Make every path in shop red: deny all ingress and egress of every pod in shop, DNS included.',
        hint: 'Turn on “Default deny” for namespace shop, or add a NetworkPolicy with podSelector {} and policyTypes Ingress and Egress.',
      },
      dns: {
        title: 'Allow DNS',
        goal: 'Let every pod in shop reach kube-dns on 53/UDP (and 53/TCP), while web → api stays denied.',
        hint: 'Turn on “Allow DNS” for shop, or add an egress rule to namespace kube-system, pods k8s-app=kube-dns, ports 53 UDP and TCP.',
      },
      webToApi: {
        title: 'web → api on 8080',
        goal: 'Make api reachable only from web, only on 8080: green for web → api 8080, red for db → api and for any other port.',
        hint: 'Draw an edge from web to api with port 8080/TCP. With default deny, it needs an egress rule at web and an ingress rule at api.',
      },
      apiToDb: {
        title: 'api → db on 5432',
        goal: 'Let api reach db on 5432 and nothing else reach db: web → db stays red.',
        hint: 'Draw an edge from api to db with port 5432/TCP.',
      },
    },
  },
  adminTiers: {
    title: 'Cluster guardrails: the admin tiers',
    intro: 'Put ClusterNetworkPolicies above and below a team’s NetworkPolicy and watch which tier decides each end.',
    steps: {
      open: {
        title: 'A team that lets everyone in',
        goal: 'Load the design: prod/db, dev/web and legacy/old; the prod team’s NetworkPolicy admits every namespace. legacy/old reaches db on 5432.',
        hint: 'Press “Show me” to load the starting design.',
      },
      adminDeny: {
        title: 'An Admin-tier Deny',
        goal: 'Keep legacy out of prod whatever prod’s NetworkPolicy says: legacy/old → prod/db 5432 is denied, dev/web → prod/db stays allowed.',
        hint: '“Add cluster policy” → Admin tier; subject namespaces env=prod; an ingress rule Deny from namespaces team=legacy.',
      },
      baseline: {
        title: 'A Baseline default deny',
        goal: 'Deny what no NetworkPolicy decides: dev/web → legacy/old 8080 is denied by the Baseline tier, while dev/web → prod/db is still allowed, because prod’s NetworkPolicy isolates db and the Baseline tier is not consulted.',
        hint: '“Add cluster policy” → Baseline tier; subject every namespace; an ingress rule Deny from every namespace.',
      },
      priority: {
        title: 'Lower priority goes first',
        goal: 'Open a migration window: an Admin-tier Accept at priority 5 lets legacy/old into prod/db before the Deny at priority 10 is reached.',
        hint: 'A second Admin-tier ClusterNetworkPolicy with priority 5: subject env=prod, Accept from pods app=old in namespaces team=legacy.',
      },
    },
  },
  istioOnTop: {
    title: 'Istio on top',
    intro: 'Turn on STRICT mTLS, narrow api to one identity and one request, and see that NetworkPolicy and Istio must both allow.',
    steps: {
      open: {
        title: 'A mesh with a legacy client',
        goal: 'Load the design: web, worker and api in shop (sidecars injected), batch in legacy without a sidecar. batch can still reach api: the mesh accepts plaintext by default (PERMISSIVE).',
        hint: 'Press “Show me” to load the starting design.',
      },
      strict: {
        title: 'STRICT mTLS',
        goal: 'Reject plaintext: batch → api 8080 must be denied by mTLS, while web → api 8080 stays allowed.',
        hint: 'Add a PeerAuthentication named default in istio-system with mtls.mode STRICT (or set “Istio mTLS” to STRICT).',
      },
      authz: {
        title: 'One identity, one request',
        goal: 'Let api accept only GET /api/orders from the service account web: web GET is allowed, web POST and worker GET are denied.',
        hint: 'An ALLOW AuthorizationPolicy selecting app=api, from principals cluster.local/ns/shop/sa/web, to methods GET and paths /api/orders.',
      },
      netpolToo: {
        title: 'NetworkPolicy must allow too',
        goal: 'Add a NetworkPolicy that admits only worker to api on 8080. Now web GET /api/orders is denied by the NetworkPolicy although Istio allows it, and worker is denied by Istio although the NetworkPolicy allows it.',
        hint: 'A NetworkPolicy selecting app=api with one ingress rule from podSelector app=worker on TCP 8080.',
      },
      bothAllow: {
        title: 'Both layers agree',
        goal: 'Admit web in the NetworkPolicy as well: web GET /api/orders is allowed by both layers, worker is still denied by Istio.',
        hint: 'Add a second podSelector peer app=web to the ingress rule of the api NetworkPolicy.',
      },
    },
  },

  dnsEgress: {
    title: 'DNS after an egress lockdown',
    intro: 'Isolating a pod’s egress cuts DNS too: lint says KPD104. Allow UDP and TCP 53 to kube-dns.',
    steps: {
      cut: {
        title: 'web can reach api, but not DNS',
        goal: 'Load the design: an egress policy lets web reach api on 8080 and nothing else, so web → kube-dns 53/UDP is denied and lint reports KPD104.',
        hint: 'Press “Show me”, then read KPD104 in the Problems panel.',
      },
      fixed: {
        title: 'Allow DNS',
        goal: 'Let web reach kube-system/kube-dns on 53/UDP and 53/TCP while web → api stays allowed: KPD104 is gone.',
        hint: 'Press “Add DNS egress” in the Problems panel, or add an egress rule to namespace kube-system, pods k8s-app=kube-dns, ports 53 UDP and TCP.',
      },
    },
  },
  namespaceLabels: {
    title: 'Selecting namespaces by label',
    intro: 'Namespaces carry kubernetes.io/metadata.name, not name: a namespaceSelector on `name` matches nothing (KPD102).',
    steps: {
      nameLabel: {
        title: 'A selector that matches nothing',
        goal: 'Load the design: api admits namespaces labelled name=legacy, no namespace has that label, so legacy/batch → shop/api is denied and lint reports KPD102.',
        hint: 'Press “Show me”; the Problems panel explains the missing label.',
      },
      metadataName: {
        title: 'Use kubernetes.io/metadata.name',
        goal: 'Admit legacy/batch into shop/api by the label every namespace has: the ingress allows it and KPD102 is gone.',
        hint: 'Press “Use kubernetes.io/metadata.name” in the Problems panel, or rename the key `name` to `kubernetes.io/metadata.name`.',
      },
    },
  },
  denyNames: {
    title: 'A “deny” that allows',
    intro: 'NetworkPolicies only allow. A policy named disable-connection-a-c on a pod already isolated admits c (KPD105).',
    steps: {
      misnamed: {
        title: 'disable-connection-a-c admits c',
        goal: 'Load the design: a admits b, and disable-connection-a-c selects a with c as its source, so c → a is allowed and lint reports KPD105.',
        hint: 'Press “Show me”, turn on “Show traffic”, and look at c → a.',
      },
      removed: {
        title: 'Deny by not allowing',
        goal: 'Make c → a denied while b → a stays allowed: KPD105 is gone.',
        hint: 'Delete the policy disable-connection-a-c: a is isolated by a-from-b, so anything it does not allow is denied.',
      },
    },
  },
  defaultDenyPerNamespace: {
    title: 'Default deny in every namespace',
    intro: 'A namespace without any NetworkPolicy stays open while the others are locked down (KPD107).',
    steps: {
      oneTeam: {
        title: 'team-b forgot',
        goal: 'Load the design: team-a has a default deny, team-b has none, so team-a → team-b is open (amber) and lint reports KPD107.',
        hint: 'Press “Show me”, then turn on “Show traffic”.',
      },
      everyTeam: {
        title: 'Every namespace isolated',
        goal: 'Deny ingress by default in team-b too: team-a → team-b is denied and KPD107 is gone.',
        hint: 'Turn on “Default deny” for team-b, or add a NetworkPolicy with podSelector {} and policyTypes Ingress there.',
      },
    },
  },
  strictOutsideMesh: {
    title: 'STRICT mTLS and callers outside the mesh',
    intro: 'A caller without a sidecar only speaks plaintext: STRICT rejects it even when NetworkPolicy allows it (KPD301).',
    steps: {
      rejected: {
        title: 'Allowed, then rejected',
        goal: 'Load the design: NetworkPolicy admits legacy/batch into pay/api, STRICT mTLS rejects its plaintext, and lint reports KPD301.',
        hint: 'Press “Show me” and explain legacy/batch → pay/api 8080.',
      },
      permissivePort: {
        title: 'PERMISSIVE for the caller’s port only',
        goal: 'Let legacy/batch reach pay/api on 8080 and keep the rest STRICT: KPD301 is gone.',
        hint: 'Give the PeerAuthentication portLevelMtls 8080: PERMISSIVE and limit the NetworkPolicy rule to port 8080, or put batch in the mesh.',
      },
    },
  },
  httpFieldsOnTcp: {
    title: 'HTTP fields on a TCP port',
    intro: 'On a port Istio reads as TCP there is no method: a DENY rule with methods then denies every connection (KPD204).',
    steps: {
      deniesAll: {
        title: 'DENY DELETE blocks the database port',
        goal: 'Load the design: DENY methods DELETE on api also denies web → api 5432 (port tcp-db, read as TCP) and lint reports KPD204.',
        hint: 'Press “Show me” and explain pay/web → pay/api 5432.',
      },
      httpPortOnly: {
        title: 'Limit the rule to the HTTP port',
        goal: 'Keep DELETE denied on 8080 and let web reach api on 5432: KPD204 is gone.',
        hint: 'Add ports: ["8080"] to the rule’s operation.',
      },
    },
  },
};
