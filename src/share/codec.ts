// The whole document in the URL fragment: nothing leaves the browser (a fragment is never sent to a server).
// Decoding treats the fragment as hostile input: size caps before and after decompression, JSON.parse in a
// try, a strict shape check, and maps built without prototypes so keys like `__proto__` stay data.
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';

export interface SharedDesign {
  text: string;
  positions: Record<string, { x: number; y: number }>;
}

export type DecodeResult = { ok: true; design: SharedDesign } | { ok: false; reason: DecodeFailure };
export type DecodeFailure = 'too-large' | 'not-compressed' | 'not-json' | 'bad-shape';

export const FRAGMENT_KEY = 'design';
/** Browsers and chat tools start truncating or refusing URLs around here. */
export const MAX_LINK_LENGTH = 64 * 1024;
/** Longest fragment we even try to decompress (a hostile link can be long). */
const MAX_FRAGMENT_LENGTH = 2 * MAX_LINK_LENGTH;
/** Longest decompressed JSON we accept (lz-string can expand a lot). */
const MAX_JSON_LENGTH = 8 * 1024 * 1024;
const MAX_POSITIONS = 50_000;
const VERSION = 1;

export function encodeDesign(design: SharedDesign): string {
  const payload = { v: VERSION, text: design.text, positions: design.positions };
  return compressToEncodedURIComponent(JSON.stringify(payload));
}

/** `#design=<payload>` for a page URL (without any previous fragment). */
export function shareLink(pageUrl: string, design: SharedDesign): string {
  const base = pageUrl.split('#')[0];
  return `${base}#${FRAGMENT_KEY}=${encodeDesign(design)}`;
}

/** The payload of `#design=…`, or undefined when the fragment carries no design. */
export function payloadOfFragment(hash: string): string | undefined {
  const h = hash.startsWith('#') ? hash.slice(1) : hash;
  const prefix = `${FRAGMENT_KEY}=`;
  return h.startsWith(prefix) ? h.slice(prefix.length) : undefined;
}

export function decodeDesign(payload: string): DecodeResult {
  if (payload.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: 'too-large' };
  let json: string | null;
  try {
    json = decompressFromEncodedURIComponent(payload);
  } catch {
    return { ok: false, reason: 'not-compressed' };
  }
  if (!json) return { ok: false, reason: 'not-compressed' };
  if (json.length > MAX_JSON_LENGTH) return { ok: false, reason: 'too-large' };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, reason: 'not-json' };
  }
  const design = validate(value);
  return design ? { ok: true, design } : { ok: false, reason: 'bad-shape' };
}

function validate(value: unknown): SharedDesign | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const v = value as { v?: unknown; text?: unknown; positions?: unknown };
  if (v.v !== VERSION || typeof v.text !== 'string') return undefined;
  const positions: Record<string, { x: number; y: number }> = Object.create(null);
  if (v.positions !== undefined) {
    if (typeof v.positions !== 'object' || v.positions === null || Array.isArray(v.positions)) return undefined;
    const entries = Object.entries(v.positions as Record<string, unknown>);
    if (entries.length > MAX_POSITIONS) return undefined;
    for (const [id, p] of entries) {
      if (typeof p !== 'object' || p === null) return undefined;
      const { x, y } = p as { x?: unknown; y?: unknown };
      if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return undefined;
      positions[id] = { x, y };
    }
  }
  return { text: v.text, positions };
}
