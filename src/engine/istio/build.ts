// Stub: replaced by the Istio work.
import type { Cluster } from '../../model';
import type { IstioIndex } from './index';

export function buildIstioIndex(_cluster: Cluster): IstioIndex {
  throw new Error('istio layers not implemented yet');
}
