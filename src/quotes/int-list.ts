/** Numbers in an Int32Array that grows as they come: half the memory of an array of numbers, and no copy at the end. */
export class IntList {
  private data = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  at(index: number): number {
    return this.data[index]!;
  }

  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

