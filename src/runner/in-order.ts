/**
 * Hands items on in the order of their indices 0, 1, 2 … as they arrive in any order, holding only those
 * that arrive before an earlier one: results are written in the files' order while threads finish batches
 * out of order, and a run holds little more than the batches in flight.
 */
export class InOrder<T extends { readonly index: number }> {
  private next = 0;
  private readonly early = new Map<number, T>();

  constructor(private readonly deliver: (item: T) => void) {}

  add(item: T): void {
    if (item.index !== this.next) {
      this.early.set(item.index, item);
      return;
    }
    this.deliver(item);
    this.next++;
    for (let held = this.early.get(this.next); held !== undefined; held = this.early.get(this.next)) {
      this.early.delete(this.next);
      this.deliver(held);
      this.next++;
    }
  }

  /** Items still held back, waiting for an earlier one. */
  get waiting(): number {
    return this.early.size;
  }
}
