export const scale = {
  collapse: 'Collapse namespaces',
  present: 'Present',
  find: {
    label: 'Find workload',
    placeholder: 'Find… Ctrl+K',
    none: 'No match',
    kinds: { namespace: 'namespace', workload: 'workload', policy: 'policy', external: 'outside address' },
  },
  legend: {
    allowed: 'Allowed',
    unisolated: 'Open',
    'http-only': 'HTTP only',
    denied: 'Denied',
  },
  collapsed: {
    workloads_one: '{{count}} workload',
    workloads_other: '{{count}} workloads',
    expandHint: 'Double-click to expand',
    edge: '{{from}} to {{to}}: {{counts}}',
  },
  short: {
    addNamespace: '+ Namespace',
    addWorkload: '+ Workload',
    addExternal: '+ External',
    autoLayout: 'Layout',
    showTraffic: 'Traffic',
    newDesign: 'New',
    collapse: 'Collapse',
  },
  more: 'More tools',
};
