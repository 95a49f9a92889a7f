/**
 * Where the elements of some arrays start in a JSON text, found in one linear
 * pass: JSON.parse gives values without positions, and an importer's warning
 * must point at the node or edge it is about. Meant for text JSON.parse has
 * already accepted, so it does not check the syntax again.
 */

/**
 * The offsets at which each element of the arrays at `paths` starts, one
 * list per path, in the order of the elements; `paths` are chains of keys
 * from the top (`['AIF', 'nodes']`). When an object repeats a key, the last
 * one counts, as in JSON.parse.
 */
export function arrayElementOffsets(text: string, paths: readonly (readonly string[])[]): number[][] {
  const found = paths.map(() => [] as number[]);
  // keys[0] is the top value's (none); keys[d] the key the container at depth d sits under.
  const keys: (string | undefined)[] = [];
  const targetOf = () => paths.findIndex((path) => path.length === keys.length - 1 && path.every((key, i) => key === keys[i + 1]));

  // One frame per open object or array; a target array's frame says which list it fills.
  const frames: { array: boolean; target: number }[] = [];
  let pendingKey: string | undefined;
  // In an array: the next value starts an element (after '[' or ',').
  let elementNext = false;
  let expectingKey = false;

  const startValue = (offset: number) => {
    const frame = frames[frames.length - 1];
    if (frame?.array && elementNext && frame.target >= 0) found[frame.target]!.push(offset);
    elementNext = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x22 /* " */) {
      const start = i;
      i = closingQuote(text, i);
      if (expectingKey) {
        const raw = text.slice(start + 1, i);
        pendingKey = raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw;
        expectingKey = false;
      } else startValue(start);
    } else if (char === 0x7b /* { */ || char === 0x5b /* [ */) {
      startValue(i);
      const array = char === 0x5b;
      const parentIsObject = frames.length > 0 && !frames[frames.length - 1]!.array;
      keys.push(parentIsObject ? pendingKey : undefined);
      const target = array ? targetOf() : -1;
      // A repeated key: JSON.parse keeps the last value, so the positions start again.
      if (target >= 0) found[target] = [];
      frames.push({ array, target });
      elementNext = array;
      expectingKey = !array;
    } else if (char === 0x7d /* } */ || char === 0x5d /* ] */) {
      frames.pop();
      keys.pop();
      elementNext = false;
      expectingKey = false;
    } else if (char === 0x2c /* , */) {
      const frame = frames[frames.length - 1];
      elementNext = frame?.array === true;
      expectingKey = frame?.array === false;
    } else if (char !== 0x3a /* : */ && char !== 0x20 && char !== 0x0a && char !== 0x0d && char !== 0x09) {
      // A number, true, false or null: skip to its end.
      startValue(i);
      while (i + 1 < text.length && !',]} \n\r\t'.includes(text[i + 1]!)) i++;
    }
  }
  return found;
}

/** The offset of the quote that closes the string opening at `open`: the next one not escaped by a backslash. */
function closingQuote(text: string, open: number): number {
  for (let quote = text.indexOf('"', open + 1); quote !== -1; quote = text.indexOf('"', quote + 1)) {
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === 0x5c) backslashes++;
    if (backslashes % 2 === 0) return quote;
  }
  return text.length;
}
