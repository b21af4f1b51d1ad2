export type { ContainerPort, Labels, MtlsMode, Protocol, WorkloadKind } from './k8s';
export type { PolicyRef } from './query';
