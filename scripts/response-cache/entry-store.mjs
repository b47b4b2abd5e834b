/** Memory for kept pages, per process. */
export const MAX_BYTES = 64 * 1024 * 1024;
/** Snapshots whose pages are kept: requests in flight may still read at the previous one. */
const SNAPSHOTS_KEPT = 2;
/** Pages answered once at a snapshot, remembered per snapshot: past this many the set starts again. */
const SEEN_MAX = 20_000;

/**
 * Kept pages by snapshot — the newest snapshots only — within a memory budget, oldest dropped
 * first. Keys are hashes (fixed size, whatever the cookies and router headers were).
 *
 * A page is kept once it is asked for a second time at a snapshot (afterwards, or while its first
 * answer renders): most commitment pages are opened once, and decoding and keeping them would
 * cost every such request without ever being repaid. Only answers that could be kept count as
 * asked for, so requests that are refused (no valid session) leave nothing behind.
 */
export class EntryStore {
  bySnapshot = new Map();
  bytes = 0;

  constructor(maxBytes = MAX_BYTES) {
    this.maxBytes = maxBytes;
  }

  /** Called when a request reads `snapshot`: a new snapshot pushes the oldest one out. */
  open(snapshot) {
    if (this.bySnapshot.has(snapshot)) return;
    this.bySnapshot.set(snapshot, { entries: new Map(), seen: new Set() });
    while (this.bySnapshot.size > SNAPSHOTS_KEPT) this.drop(this.bySnapshot.keys().next().value);
  }

  get(snapshot, key) {
    return this.bySnapshot.get(snapshot)?.entries.get(key);
  }

  /** Whether the page was answered before at this snapshot (and notes that it now has). */
  seenBefore(snapshot, key) {
    const slot = this.bySnapshot.get(snapshot);
    if (!slot) return false;
    if (slot.seen.has(key)) return true;
    if (slot.seen.size >= SEEN_MAX) slot.seen.clear();
    slot.seen.add(key);
    return false;
  }

  /** Keeps a page; not when its snapshot was pushed out while it rendered (no one will ask for it). */
  set(snapshot, key, entry) {
    const slot = this.bySnapshot.get(snapshot);
    if (!slot) return;
    const previous = slot.entries.get(key);
    if (previous) this.bytes -= previous.bytes;
    slot.entries.set(key, entry);
    this.bytes += entry.bytes;
    for (const [oldSnapshot, old] of this.bySnapshot) {
      for (const [oldKey, oldEntry] of old.entries) {
        if (this.bytes <= this.maxBytes) return;
        old.entries.delete(oldKey);
        this.bytes -= oldEntry.bytes;
      }
      if (oldSnapshot !== snapshot) this.drop(oldSnapshot);
    }
  }

  drop(snapshot) {
    for (const entry of this.bySnapshot.get(snapshot)?.entries.values() ?? []) this.bytes -= entry.bytes;
    this.bySnapshot.delete(snapshot);
  }
}
