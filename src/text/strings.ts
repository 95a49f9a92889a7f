/**
 * Every string inside a plain value (objects, arrays, Maps), found with an
 * explicit stack so that no depth of nesting can overflow it. The tree uses it
 * to choose its width measure from the text as decoded, since YAML escapes
 * such as "\u6f22" are ASCII in the file but wide on the screen.
 */
export function* stringsIn(value: unknown): Generator<string> {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') yield item;
    else if (item instanceof Map) for (const [key, entry] of item) stack.push(key, entry);
    else if (Array.isArray(item)) for (const element of item) stack.push(element);
    else if (item !== null && typeof item === 'object') for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
  }
}
