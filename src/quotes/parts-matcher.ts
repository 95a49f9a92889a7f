/**
 * Finds many token patterns in one token stream at once: each pattern is a
 * list of parts that must occur in order, each part after the end of the one
 * before (the parts of a quote split at "..."). Every part takes its first
 * occurrence at or after the end of the previous one, so a pattern's match is
 * the leftmost one, with the greedy (earliest) end.
 *
 * All the distinct parts go into one Aho–Corasick automaton, and the text is
 * read once. A pattern waits on one part at a time. The parts that end at a
 * text position are the current state's chain of output links; they form a
 * tree (a part's parent is its longest proper suffix that is a part), so
 * "which waited-on parts end here" is "which marked nodes are ancestors of
 * this one". A segment tree over the tree's preorder answers that: a node is
 * marked by putting its subtree's interval on O(log p) segments, and every
 * mark on the segments over a position is a hit, so each is taken once.
 *
 * Cost, for n text tokens, m pattern tokens and p distinct parts:
 * O(m) to build, O(n log p) to read the text, O(m log p) for the marks;
 * the reading stops early once every pattern has matched or cannot.
 * Nothing recurses, and the text is never read backwards.
 */

import { IntList } from './int-list.js';
import type { PartsMatch } from './types.js';


/**
 * Matches each pattern (its parts, as token ids; no part empty, none with an
 * id below 0) against `text`. Returns a match or undefined per pattern.
 */
export function matchParts(text: Int32Array, patterns: readonly (readonly (readonly number[])[])[]): (PartsMatch | undefined)[] {
  const results: (PartsMatch | undefined)[] = new Array(patterns.length).fill(undefined);
  // The parts of all patterns in a row: pattern k's are firstPart[k] .. firstPart[k + 1).
  const firstPart = new Int32Array(patterns.length + 1);
  let tokens = 0;
  patterns.forEach((parts, k) => {
    firstPart[k + 1] = firstPart[k]! + parts.length;
    for (const part of parts) tokens += part.length;
  });
  const trie = new Trie(tokens);
  const partNode = new Int32Array(firstPart[patterns.length]!);
  const partLength = new Int32Array(partNode.length);
  patterns.forEach((parts, k) => {
    parts.forEach((part, j) => {
      partNode[firstPart[k]! + j] = trie.insert(part);
      partLength[firstPart[k]! + j] = part.length;
    });
  });
  const { output, tin, size, segments, step } = trie.finish();

  // A pattern is in one list at a time: waiting at a part's node, or
  // scheduled to wait from a later position (a part cannot start before the
  // last one ended). The lists are linked through `next`.
  const next = new Int32Array(patterns.length);
  const waiting = new Int32Array(trie.count).fill(-1);
  const scheduled = new Int32Array(text.length).fill(-1);
  const currentPart = new Int32Array(patterns.length);
  const firstToken = new Int32Array(patterns.length);
  // Marks on segments, as linked lists in one pool.
  const marks = new Int32Array(2 * segments).fill(-1);
  const markNode = new IntList();
  const markNext = new IntList();
  let pending = 0;

  const schedule = (pattern: number, part: number, at: number) => {
    if (at >= text.length) return;
    currentPart[pattern] = part;
    next[pattern] = scheduled[at]!;
    scheduled[at] = pattern;
    pending++;
  };
  const mark = (segment: number, node: number) => {
    markNext.push(marks[segment]!);
    marks[segment] = markNode.length;
    markNode.push(node);
  };
  const wait = (pattern: number) => {
    const node = partNode[currentPart[pattern]!]!;
    next[pattern] = waiting[node]!;
    waiting[node] = pattern;
    if (next[pattern] !== -1) return;
    // Mark the node's subtree interval [tin, tin + size) on its canonical segments.
    for (let low = tin[node]! + segments, high = tin[node]! + size[node]! + segments; low < high; low >>= 1, high >>= 1) {
      if (low & 1) mark(low++, node);
      if (high & 1) mark(--high, node);
    }
  };
  const hit = (node: number, position: number) => {
    let pattern = waiting[node]!;
    waiting[node] = -1;
    while (pattern !== -1) {
      const following = next[pattern]!;
      pending--;
      const part = currentPart[pattern]!;
      if (part === firstPart[pattern]) firstToken[pattern] = position - partLength[part]! + 1;
      if (part + 1 === firstPart[pattern + 1]) results[pattern] = { first: firstToken[pattern]!, last: position };
      else schedule(pattern, part + 1, position + partLength[part + 1]!);
      pattern = following;
    }
  };

  patterns.forEach((parts, pattern) => {
    if (parts.length > 0) schedule(pattern, firstPart[pattern]!, partLength[firstPart[pattern]!]! - 1);
  });
  let state = 0;
  for (let position = 0; position < text.length && pending > 0; position++) {
    for (let pattern = scheduled[position]!; pattern !== -1; ) {
      const following = next[pattern]!;
      wait(pattern);
      pattern = following;
    }
    state = step(state, text[position]!);
    const end = output[state]!;
    if (end < 0) continue;
    for (let segment = tin[end]! + segments; segment >= 1; segment >>= 1) {
      // Every node marked here has this position in its subtree, so it ends
      // here. A mark left from before the node's last hit finds no one waiting.
      for (let entry = marks[segment]!; entry !== -1; entry = markNext.at(entry)) hit(markNode.at(entry), position);
      marks[segment] = -1;
    }
  }
  return results;
}

// A node with more children than this finds them in a Map; the rest (nearly
// all: quotes branch little) scan a short list, which costs no allocation.
const LIST_CHILDREN = 8;

/**
 * A trie over token ids, turned into an Aho–Corasick automaton by `finish`.
 * It has at most one node per pattern token, so flat arrays of that size hold it.
 */
class Trie {
  private readonly firstChild: Int32Array;
  private readonly nextSibling: Int32Array;
  private readonly label: Int32Array;
  private readonly childCount: Int32Array;
  private readonly isEnd: Uint8Array;
  private readonly wide = new Map<number, Map<number, number>>();
  count = 1;

  constructor(tokens: number) {
    this.firstChild = new Int32Array(tokens + 1).fill(-1);
    this.nextSibling = new Int32Array(tokens + 1).fill(-1);
    this.label = new Int32Array(tokens + 1).fill(-1);
    this.childCount = new Int32Array(tokens + 1);
    this.isEnd = new Uint8Array(tokens + 1);
  }

  child(node: number, id: number): number | undefined {
    if (this.childCount[node]! > LIST_CHILDREN) return this.wide.get(node)!.get(id);
    for (let child = this.firstChild[node]!; child !== -1; child = this.nextSibling[child]!) {
      if (this.label[child] === id) return child;
    }
    return undefined;
  }

  insert(part: readonly number[]): number {
    let node = 0;
    for (const id of part) {
      let next = this.child(node, id);
      if (next === undefined) {
        next = this.count++;
        this.nextSibling[next] = this.firstChild[node]!;
        this.firstChild[node] = next;
        this.label[next] = id;
        const children = ++this.childCount[node]!;
        if (children > LIST_CHILDREN) {
          let map = this.wide.get(node);
          if (!map) this.wide.set(node, (map = new Map()));
          for (let child = next; child !== -1 && !map.has(this.label[child]!); child = this.nextSibling[child]!) map.set(this.label[child]!, child);
        }
      }
      node = next;
    }
    this.isEnd[node] = 1;
    return node;
  }
  finish() {
    const { count, isEnd } = this;
    const fail = new Int32Array(count);
    // The nearest part end among a node and its failure chain, or -1.
    const output = new Int32Array(count).fill(-1);
    const order = new Int32Array(count);
    let queued = 1;
    for (let i = 0; i < queued; i++) {
      const node = order[i]!;
      for (let child = this.firstChild[node]!; child !== -1; child = this.nextSibling[child]!) {
        order[queued++] = child;
        if (node !== 0) {
          let f = fail[node]!;
          while (f !== 0 && this.child(f, this.label[child]!) === undefined) f = fail[f]!;
          fail[child] = this.child(f, this.label[child]!) ?? 0;
        }
        output[child] = isEnd[child] ? child : output[fail[child]!]!;
      }
    }
    // The tree of part ends, each under its longest proper suffix that is a
    // part: subtree sizes bottom-up (reverse breadth-first order, as a parent
    // is shallower), then preorder numbers with a stack.
    const size = new Int32Array(count);
    const treeChild = new Int32Array(count).fill(-1);
    const treeSibling = new Int32Array(count).fill(-1);
    const stack = new Int32Array(count);
    let top = 0;
    for (let i = count - 1; i > 0; i--) {
      const node = order[i]!;
      if (!isEnd[node]) continue;
      size[node]! += 1;
      const parent = output[fail[node]!]!;
      if (parent < 0) {
        stack[top++] = node;
        continue;
      }
      size[parent]! += size[node]!;
      treeSibling[node] = treeChild[parent]!;
      treeChild[parent] = node;
    }
    const tin = new Int32Array(count);
    let numbered = 0;
    while (top > 0) {
      const node = stack[--top]!;
      tin[node] = numbered++;
      for (let child = treeChild[node]!; child !== -1; child = treeSibling[child]!) stack[top++] = child;
    }
    let segments = 1;
    while (segments < numbered) segments *= 2;
    const step = (state: number, id: number): number => {
      for (let at = state; ; at = fail[at]!) {
        const to = this.child(at, id);
        if (to !== undefined) return to;
        if (at === 0) return 0;
      }
    };
    return { output, tin, size, segments, step };
  }
}
