/** Gallery titles and one-paragraph explanations, keyed by example id (src/examples). */
export const examples = {
  'three-pods': {
    title: 'Three pods: A accepts only B',
    explanation:
      'Pods a, b and c share the namespace demo. One NetworkPolicy selects a and lists b as its only ingress peer, so a becomes isolated for ingress: b gets in, c is cut off. Nothing selects b or c, so they stay open to everyone (amber in the overlay): a policy isolates only the pods it selects.',
  },
  'database-tier': {
    title: 'Database tier: role=db accepts only role=backend on 5432',
    explanation:
      'The policy selects every pod labelled role=db and admits only pods labelled role=backend from the same namespace, on TCP 5432. The frontend is denied, and so is the backend on any other port or protocol. A podSelector peer without a namespaceSelector means pods of the policy’s own namespace.',
  },
  'namespace-isolation': {
    title: 'Namespace isolation: production talks only to production',
    explanation:
      'An empty podSelector selects every pod in production, and the only ingress peer is a namespaceSelector on the automatic label kubernetes.io/metadata.name: production. Pods of production reach each other on any port; staging is denied. Egress stays open, so production can still call out.',
  },
  shop: {
    title: 'A shop across namespaces, default deny with DNS',
    explanation:
      'frontend, auth and database each deny all ingress and egress by default and allow DNS to kube-dns. auth-service accepts HTTPS (443) only from the frontend namespace and may only call the database namespace on 5432. Because both directions are isolated, every path needs an egress rule at the source and an ingress rule at the destination: the overlay is green only where both exist.',
  },
  'istio-payments': {
    title: 'Istio: STRICT mTLS and a payment service for one caller',
    explanation:
      'A PeerAuthentication in istio-system makes mTLS STRICT for the whole mesh, so batch in legacy (no sidecar) is rejected. payment-service has an ALLOW AuthorizationPolicy: only the identity cluster.local/ns/order/sa/order-service may POST /api/payments. Other service accounts, methods or paths are denied. A plain TCP question without method and path is shown as “HTTP only”.',
  },
  'platform-guardrails': {
    title: 'Platform guardrails: Admin and Baseline tiers around the teams’ NetworkPolicies',
    explanation:
      'Three ClusterNetworkPolicies frame the teams. In the Admin tier, protect-payments (priority 10) accepts shop/api into payments and denies everyone else, whatever any NetworkPolicy says; delegate-to-teams (priority 20) passes traffic into shop to the shop team’s own NetworkPolicy, which lets only web reach api on 8080. In the Baseline tier, default-deny refuses what no NetworkPolicy decides: shop/web, which no NetworkPolicy isolates, and tools. Each end is decided on its own; “Why?” names the tier that decided.',
  },
  'mixed-layers': {
    title: 'Layers disagree: NetworkPolicy vs Istio',
    explanation:
      'A connection must pass every layer. For api, the NetworkPolicy admits client but the AuthorizationPolicy admits only the admin identity: client is denied by Istio. For reports it is the reverse: Istio admits client, but the NetworkPolicy admits only admin, so client is denied before Istio is asked. Open the explanation of each pair to see each layer’s own decision.',
  },
  'deny-all': {
    title: 'Recipe: deny all',
    explanation:
      'podSelector {} with policyTypes Ingress and Egress and no rules isolates every pod of the namespace in both directions: nothing comes in and nothing goes out, not even DNS. Start here, then open exactly what is needed.',
  },
  'allow-same-namespace': {
    title: 'Recipe: allow all within a namespace',
    explanation:
      'Every pod of team-a is selected, and the ingress peer podSelector {} (without namespaceSelector) means every pod of team-a itself. Pods of team-a reach each other on any port; pods of other namespaces are denied.',
  },
  'deny-egress-except-dns': {
    title: 'Recipe: deny all egress except DNS',
    explanation:
      'Egress of every pod in sandbox is isolated; the only rule allows kube-dns in kube-system on 53/UDP and 53/TCP (DNS uses TCP for large answers). Everything else, including resolvers outside the cluster, is denied.',
  },
  'internet-to-web': {
    title: 'Recipe: from the internet to the web tier only',
    explanation:
      'A default-deny-ingress policy isolates every pod in site; a second policy lets any address (ipBlock 0.0.0.0/0) reach pods labelled tier=web on 8080. The api tier stays unreachable from outside. Whether ipBlock also matches pod addresses is left to the network plugin, so pod-to-pod traffic is not assumed.',
  },
  'monitoring-scrape': {
    title: 'Recipe: monitoring scrapes every namespace on a metrics port',
    explanation:
      'Each application namespace gets the same small policy: ingress from the monitoring namespace on TCP 9090 only. Prometheus scrapes metrics; it cannot reach application ports, and application namespaces cannot reach each other.',
  },
};
