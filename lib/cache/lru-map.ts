/** A bounded map that forgets the least recently used entry first. */
export class LruMap<V> {
  private readonly entries = new Map<string, V>();
  constructor(readonly max: number) {}
  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }
  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }
  /** The entry without making it the most recently used. */
  peek(key: string): V | undefined {
    return this.entries.get(key);
  }
  /** Replaces an entry in place (same recency); nothing when the key is gone. */
  replace(key: string, value: V): void {
    if (this.entries.has(key)) this.entries.set(key, value);
  }
  delete(key: string): void {
    this.entries.delete(key);
  }
  get size(): number {
    return this.entries.size;
  }
}
