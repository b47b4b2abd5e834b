/**
 * Removes the entries of a browser storage whose key starts with `prefix` and that `drop` picks
 * (all of them by default; one `drop` cannot read is removed too). Storage unavailable (a
 * private window, a policy): there is nothing to remove.
 */
export function removeKeysWithPrefix(storage: Storage, prefix: string, drop: (key: string, raw: string) => boolean = () => true): void {
  try {
    const keys = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter((k): k is string => k?.startsWith(prefix) ?? false);
    for (const key of keys) {
      let remove: boolean;
      try {
        remove = drop(key, storage.getItem(key) ?? "{}");
      } catch {
        remove = true;
      }
      if (remove) storage.removeItem(key);
    }
  } catch {
    // Storage unavailable: there is nothing to remove.
  }
}
