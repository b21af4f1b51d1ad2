// The admin tiers (AdminNetworkPolicy, BaselineAdminNetworkPolicy, ClusterNetworkPolicy) in the engine.
export { adminOrder, type AdminOrder } from './order';
export { decideEnd, adminRef, type AdminContext, type EndDecision } from './evaluate';
export { adminFindings } from './findings';
