/**
 * Remembers the first row each key was seen on (nơi gặp đầu tiên), for the duplicate rules. An open-addressing table
 * over the keys' own FNV-1a hashes: a sheet's names are fresh strings, and a `Map` spends several hundred
 * nanoseconds per new key on them (measured in bench/), which made it the largest single cost of checking a summary.
 */
export class FirstSeen {
  private keys: string[];
  private rows: Int32Array;
  private hashes: Int32Array;
  private slots: Int32Array;
  private count = 0;

  /** `expected`: how many keys are likely (the rows of the table), so the table is sized once. */
  constructor(expected = 0) {
    const capacity = Math.max(256, expected);
    let slots = 512;
    while (slots < capacity * 2) slots *= 2;
    this.keys = new Array<string>(capacity);
    this.rows = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    // A slot holds its entry's index + 1, so a fresh (zeroed) table is already empty.
    this.slots = new Int32Array(slots);
  }

  /** How many distinct keys are held. */
  get size(): number {
    return this.count;
  }

  /** The row a key was first seen on; when it is new, remembers `row` for it and returns undefined. */
  firstOrAdd(key: string, row: number): number | undefined {
    const hash = fnv1a(key) | 0;
    const mask = this.slots.length - 1;
    for (let h = hash & mask; ; h = (h + 1) & mask) {
      const at = this.slots[h] - 1;
      if (at < 0) {
        const n = this.count++;
        if (n === this.rows.length) this.growEntries();
        this.slots[h] = n + 1;
        this.keys[n] = key;
        this.rows[n] = row;
        this.hashes[n] = hash;
        if ((n + 1) * 2 > this.slots.length) this.growSlots();
        return undefined;
      }
      if (this.hashes[at] === hash && this.keys[at] === key) return this.rows[at];
    }
  }

  private growEntries(): void {
    const rows = new Int32Array(this.rows.length * 2);
    rows.set(this.rows);
    const hashes = new Int32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    this.rows = rows;
    this.hashes = hashes;
  }

  private growSlots(): void {
    const slots = new Int32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let i = 0; i < this.count; i++) {
      let h = this.hashes[i] & mask;
      while (slots[h] !== 0) h = (h + 1) & mask;
      slots[h] = i + 1;
    }
    this.slots = slots;
  }
}

/** The 32-bit FNV-1a hash of a string's UTF-16 code units. */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
