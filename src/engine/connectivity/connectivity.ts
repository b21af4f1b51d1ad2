// Every workload pair's verdict kind on every destination port, as bit planes: for each destination slot, two
// bitsets over the source workloads spell the kind (allowed 00, unisolated 01, denied 10, http-only 11). Typed
// arrays only, so the worker can hand it to the page by transfer (serialize / fromSerialized), and a 2,000-workload
// cluster fits in a few megabytes.
import type { Protocol, VerdictKind } from '../../model';
import type { PortVerdict } from '../matrix';
import type { Slot } from './slots';

export const KINDS: readonly VerdictKind[] = ['allowed', 'unisolated', 'denied', 'http-only'];
const TIER_CODE = { '-': 0, Admin: 1, Baseline: 2 } as const;
const PROTOCOLS: readonly Protocol[] = ['TCP', 'UDP', 'SCTP'];

/** The structured-clone form: `buffers()` lists what can be transferred. */
export interface SerializedConnectivity {
  ids: string[];
  /** Slots of destination d are slotStart[d] … slotStart[d+1]-1. */
  slotStart: Int32Array;
  /** Port of each slot; 0 = `any` (a port no policy names). */
  slotPort: Int32Array;
  /** 0 TCP, 1 UDP, 2 SCTP. */
  slotProtocol: Uint8Array;
  /** Per slot, plane 0 then plane 1, each `words` 32-bit words over the source positions. */
  planes: Uint32Array;
  /** With admin policies: per slot, the sources whose answer the Admin tier (plane 0) or Baseline tier (plane 1) decided. */
  tierPlanes?: Uint32Array;
}

export class Connectivity {
  readonly n: number;
  readonly words: number;
  private readonly position = new Map<string, number>();
  private readonly portLists = new Map<number, Map<number | string, PortVerdict[]>>();

  constructor(private readonly data: SerializedConnectivity) {
    this.n = data.ids.length;
    this.words = Math.max(1, Math.ceil(this.n / 32));
    data.ids.forEach((id, i) => this.position.set(id, i));
  }

  get ids(): readonly string[] {
    return this.data.ids;
  }

  /** Position of a workload (`ns/name`; no `/` = namespace `default`). */
  indexOf(id: string): number | undefined {
    return this.position.get(id.includes('/') ? id : `default/${id}`);
  }

  slotCount(d: number): number {
    return this.data.slotStart[d + 1]! - this.data.slotStart[d]!;
  }

  slots(d: number): Slot[] {
    const out: Slot[] = [];
    for (let t = this.data.slotStart[d]!; t < this.data.slotStart[d + 1]!; t++) {
      const port = this.data.slotPort[t]!;
      const protocol = PROTOCOLS[this.data.slotProtocol[t]!]!;
      out.push(port === 0 ? { label: 'any', port: 'any', protocol } : { label: `${port}/${protocol}`, port, protocol });
    }
    return out;
  }

  /** 0 allowed, 1 unisolated, 2 denied, 3 http-only (indexes into KINDS). */
  code(s: number, d: number, j: number): number {
    const base = (this.data.slotStart[d]! + j) * 2 * this.words + (s >>> 5);
    const bit = s & 31;
    return ((this.data.planes[base]! >>> bit) & 1) | (((this.data.planes[base + this.words]! >>> bit) & 1) << 1);
  }

  /** The admin tier behind the answer on slot j (the overlay colours by it); undefined when NetworkPolicy or nothing did. */
  tier(s: number, d: number, j: number): 'Admin' | 'Baseline' | undefined {
    const t = this.data.tierPlanes;
    if (!t) return undefined;
    const base = (this.data.slotStart[d]! + j) * 2 * this.words + (s >>> 5);
    const bit = s & 31;
    return (t[base]! >>> bit) & 1 ? 'Admin' : (t[base + this.words]! >>> bit) & 1 ? 'Baseline' : undefined;
  }

  kind(s: number, d: number, j: number): VerdictKind {
    return KINDS[this.code(s, d, j)]!;
  }

  /** The two planes of slot j of d (views, not copies). */
  planes(d: number, j: number): [Uint32Array, Uint32Array] {
    const base = (this.data.slotStart[d]! + j) * 2 * this.words;
    return [this.data.planes.subarray(base, base + this.words), this.data.planes.subarray(base + this.words, base + 2 * this.words)];
  }

  /** Every port of `d` with its kind for a connection from `s`; equal answers share one array (treat as read-only). */
  ports(s: number, d: number): PortVerdict[] {
    const k = this.slotCount(d);
    let key: number | string = 0;
    // With tier planes a slot's answer is a kind and a tier: 12 values instead of 4.
    const radix = this.data.tierPlanes ? 12 : 4;
    const at = (j: number) => this.code(s, d, j) + (this.data.tierPlanes ? 4 * TIER_CODE[this.tier(s, d, j) ?? '-'] : 0);
    if (k <= 12) for (let j = 0; j < k; j++) key = (key as number) * radix + at(j);
    else key = Array.from({ length: k }, (_, j) => at(j)).join(',');
    let byKinds = this.portLists.get(d);
    if (!byKinds) this.portLists.set(d, (byKinds = new Map()));
    let list = byKinds.get(key);
    if (!list) {
      const slots = this.slots(d);
      list = slots.map((slot, j) => {
        const tier = this.tier(s, d, j);
        return tier ? { port: slot.label, kind: this.kind(s, d, j), tier } : { port: slot.label, kind: this.kind(s, d, j) };
      });
      byKinds.set(key, list);
    }
    return list;
  }

  serialize(): SerializedConnectivity {
    return this.data;
  }
}

/** The typed arrays of a serialized Connectivity, for postMessage's transfer list. */
export function transferables(s: SerializedConnectivity): ArrayBuffer[] {
  return [s.slotStart.buffer, s.slotPort.buffer, s.slotProtocol.buffer, s.planes.buffer, ...(s.tierPlanes ? [s.tierPlanes.buffer] : [])] as ArrayBuffer[];
}

export function serializeConnectivity(c: Connectivity): SerializedConnectivity {
  return c.serialize();
}

export function connectivityFromSerialized(s: SerializedConnectivity): Connectivity {
  return new Connectivity(s);
}

export const protocolCode = (p: Protocol): number => PROTOCOLS.indexOf(p);
