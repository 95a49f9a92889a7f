import { isTooLong, isValidId, MAX_ID_LENGTH } from '../model/ids.js';
import type { Span } from '../model/types.js';
import { shorten } from '../text/shorten.js';
import { reportMergeKey, textKey } from './fields.js';
import type { ParseContext } from './nodes.js';
import { RULE_ID_PATTERN } from './spec.js';
import type { YNode, YScalar } from './yaml/index.js';

/** Id-keyed sections (statements, arguments, speakers, checks): each entry's id checked before the entry is read. */

/** What a section's ids may look like, and the hint for one that does not. */
export interface IdSyntax {
  valid(id: string): boolean;
  hint(id: string): string;
}

export const ENTITY_IDS: IdSyntax = {
  valid: (id) => isValidId(id),
  hint: (id) =>
    isTooLong(id)
      ? `Ids are at most ${MAX_ID_LENGTH} characters.`
      : 'Ids use letters, digits, "_", "-" and ".", and start with a letter, digit or "_" (e.g. "nato-veto").',
};

export const RULE_ID_REGEXP = new RegExp(RULE_ID_PATTERN);

/** Rule ids under `checks:`: the schema's key pattern, so editors and the parser agree. */
export const RULE_IDS: IdSyntax = {
  valid: (id) => RULE_ID_REGEXP.test(id),
  hint: () => 'Rule ids are lower case: letters, digits and "-" (e.g. "single-premise"). `argmap rules` lists them.',
};

/**
 * Reads the entries of one id-keyed section, one at a time: checks each id
 * (text, valid, not repeated) and hands each good one to `visit`, with the
 * span of its key. `index` gets each id handed on, with that span: the
 * section's index of ids, which resolving references goes on to use.
 */
export function recordReader(
  ctx: ParseContext,
  what: string,
  visit: (id: string, key: YScalar, value: YNode, keySpan: Span) => void,
  syntax: IdSyntax = ENTITY_IDS,
  rejected?: Set<string>,
  index = new Map<string, Span>(),
): (key: YNode, value: YNode) => void {
  const idWhat = `${what} id`;
  return (keyNode, value) => {
    const key = textKey(ctx, keyNode, idWhat);
    if (key === undefined) return;
    const id = key.value;
    if (id === '<<') return reportMergeKey(ctx, key);
    if (!syntax.valid(id)) {
      ctx.report({
        code: 'invalid-id',
        message: `"${shorten(id)}" is not a valid ${what} id.`,
        span: key,
        hint: syntax.hint(id),
      });
      // Kept so that references to it are not also reported as unknown.
      rejected?.add(id);
      return;
    }
    const earlier = index.get(id);
    if (earlier) {
      ctx.report({
        code: 'duplicate-id',
        message: `The ${what} id "${id}" is used twice.`,
        span: key,
        hint: 'Give each one its own id.',
        related: [{ message: 'first used here', span: earlier }],
      });
      return;
    }
    // One span object for the index and the entity: a big map has hundreds of thousands.
    const keySpan: Span = { start: key.start, end: key.end };
    index.set(id, keySpan);
    visit(id, key, value, keySpan);
  };
}
