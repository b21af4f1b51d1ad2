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
};
