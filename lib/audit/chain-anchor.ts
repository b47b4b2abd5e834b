import { halfWidth } from "@/lib/commitments/parse-figure-text";

/**
 * A point of the audit chain written down outside Duban: an event's number and the start of its
 * hash, "#1234 3fa9c2d1e0b4a5f6". The chain alone shows an event altered; it cannot show its
 * newest events removed, nor the whole of it rewritten by someone able to recompute every hash.
 * Checked against a point recorded earlier (printed, kept by the 督查 office), it shows that
 * point, and every event before it, removed or rewritten; events after it wait for the next point.
 */
export interface ChainAnchor {
  id: string;
  /** The hash's first characters, lower case hex: the 16 shown, or more (fewer could be matched by rewritten content tried until it fits). */
  hash: string;
}

const SHOWN = 16;
const ANCHOR = /^#?\s*(\d{1,19})[\s:：,，]+([0-9a-f]{16,64})$/i;

/** How the chain's newest event is shown, to be written down. */
export function formatChainAnchor(event: { id: bigint | string; hash: string }): string {
  return `#${event.id.toString()} ${event.hash.slice(0, SHOWN)}`;
}

/** A point as the admin typed it back: null when none was given, "invalid" when it cannot be read. */
export function parseChainAnchor(text: string | undefined): ChainAnchor | null | "invalid" {
  // Typed with a Chinese input method too: full-width ＃, digits and letters read as ASCII.
  const typed = text === undefined ? undefined : halfWidth(text).trim();
  if (!typed) return null;
  const match = ANCHOR.exec(typed);
  return match ? { id: BigInt(match[1]).toString(), hash: match[2].toLowerCase() } : "invalid";
}
