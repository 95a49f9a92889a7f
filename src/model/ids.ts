/**
 * What an id may be, for every stage that makes or checks one (the parser,
 * the JSON Schema, rename, the importers, the DOT printer): a letter, digit
 * or underscore, then letters, digits, `_`, `-` and `.`, at most
 * MAX_ID_LENGTH characters.
 */
export const ID_PATTERN = '^[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*$';
export const ID_REGEXP = new RegExp(ID_PATTERN, 'u');
export const MAX_ID_LENGTH = 200;

// Nearly every id is ASCII; the Unicode pattern is only needed for the rest.
const ASCII_ID = /^[A-Za-z0-9_][A-Za-z0-9_.-]*$/;

export function isValidId(id: string): boolean {
  return !isTooLong(id) && (ASCII_ID.test(id) || ID_REGEXP.test(id));
}

/** Longer than MAX_ID_LENGTH characters, counted as the JSON Schema's maxLength counts them: in code points. */
export function isTooLong(id: string): boolean {
  if (id.length <= MAX_ID_LENGTH) return false;
  let count = 0;
  for (const _ of id) if (++count > MAX_ID_LENGTH) return true;
  return false;
}
