export * from './k8s';
export * from './diagnostic';
export * from './query';
export * from './design';
export * from './finding';
export * from './message';
export * from './admin';
