import type { ArgMap, Argument, Ref, Span } from '../model/types.js';
import type { IdIndex, RejectedIds } from './build-map.js';
import { type ParseContext } from './nodes.js';
import { limitedDidYouMean } from '../text/suggest.js';
import { shorten } from '../text/shorten.js';

/**
 * Stage three of parsing: every reference is checked against the ids the map
 * defines. Whatever cannot be resolved is reported and left out, so the model
 * handed on keeps its invariants: every thesis, premise, target, contradiction
 * and speaker names something that exists, and of the right kind (an undercut
 * aimed at a statement is left for the `undercut-target` rule to explain; a
 * support aimed at an argument backs it, and is marked `backing`).
 */

type Kind = 'statement' | 'argument' | 'speaker';

/**
 * `rejected` holds ids the map defines but whose entries were left out for
 * a problem already reported (an invalid id, an argument with no target): a
 * reference to one is dropped without a second, misleading "unknown" error.
 * `index` is the builder's (build-map.ts), and is changed here: arguments
 * left out leave it.
 */
export function resolveReferences(ctx: ParseContext, map: ArgMap, rejected: Readonly<RejectedIds>, index: IdIndex): void {
  // The statements' ids serve both to find a statement and to name its span.
  const statementSpans: ReadonlyMap<string, Span> = index.statement;
  const speakerIds = new Set<string>();
  for (const speaker of map.speakers) speakerIds.add(speaker.id);
  const suggest = limitedDidYouMean();

  // Statements and arguments share one namespace, so any id means one thing.
  map.arguments = map.arguments.filter((argument) => {
    const clash = statementSpans.get(argument.id);
    if (!clash) return true;
    ctx.report({
      code: 'duplicate-id',
      message: `"${argument.id}" is the id of both a statement and an argument.`,
      span: argument.span,
      hint: 'Statements and arguments share ids; rename one of them.',
      related: [{ message: 'the statement', span: clash }],
    });
    index.argument.delete(argument.id);
    return false;
  });
  // Now the ids of exactly the arguments in the map.
  for (const id of rejected.argument) index.argument.delete(id);
  const argumentIds: ReadonlyMap<string, Span> = index.argument;
  const idsOf = (kind: Kind): ReadonlySet<string> | ReadonlyMap<string, Span> =>
    kind === 'statement' ? statementSpans : kind === 'argument' ? argumentIds : speakerIds;

  /** Reports a reference that is unknown or of the wrong kind; true when it is fine. */
  /** `where` describes the reference's place in messages; built only when one is needed. */
  /** `except` is never suggested: an id the reference cannot name without a self-reference error. */
  const check = (ref: Ref, expected: Kind, where: () => string, alsoAllowed?: Kind, except?: string): boolean => {
    if (idsOf(expected).has(ref.id) || (alsoAllowed !== undefined && idsOf(alsoAllowed).has(ref.id))) return true;
    if (rejected[expected].has(ref.id) || (alsoAllowed !== undefined && rejected[alsoAllowed].has(ref.id))) return false;
    const other: Kind | undefined = (['statement', 'argument', 'speaker'] as const).find(
      (kind) => kind !== 'speaker' && expected !== 'speaker' && idsOf(kind).has(ref.id),
    );
    if (other) {
      ctx.report({
        code: 'wrong-ref-kind',
        message: `"${shorten(ref.id)}" in ${where()} is ${other === 'argument' ? 'an argument' : 'a statement'}, but a ${expected} is expected here.`,
        span: ref.span,
        hint:
          other === 'argument'
            ? 'To attack the step from an argument\'s premises to its conclusion, use "undercuts:". Otherwise name one of its statements.'
            : undefined,
      });
      return false;
    }
    const hint =
      suggest(ref.id, except === undefined ? idsOf(expected).keys() : without(idsOf(expected).keys(), except)) ??
      (expected === 'speaker'
        ? `Declare it under "speakers:", e.g. "${shorten(ref.id)}: { name: … }".`
        : `Define it under "${expected === 'statement' ? 'statements' : 'arguments'}:", or check the spelling.`);
    ctx.report({
      code: 'unknown-ref',
      message: `Unknown ${expected} "${shorten(ref.id)}" in ${where()}.`,
      span: ref.span,
      hint,
    });
    return false;
  };

  const authors = map.speakers.filter((speaker) => speaker.role === 'author');
  if (authors[0]) map.authorSpeaker = authors[0].id;
  for (const extra of authors.slice(1)) {
    ctx.report({
      code: 'several-authors',
      message: `Speakers "${authors[0]!.id}" and "${extra.id}" both have the role author.`,
      span: extra.span,
      hint: 'Statements without a speaker belong to the author, so there can be only one. Use "commenter" or "cited" for the other.',
      related: [{ message: 'the first author', span: authors[0]!.span }],
    });
  }

  /** `said-by:` or `endorsed-by:`: repeats warned about, unknown speakers reported and left out; absent when none is left. */
  const speakerList = (owner: { saidBy?: Ref[]; endorsedBy?: Ref[] }, field: 'saidBy' | 'endorsedBy', where: () => string): void => {
    const list = owner[field];
    if (!list) return;
    const inList = () => `"${field === 'saidBy' ? 'said-by' : 'endorsed-by'}" of ${where()}`;
    const kept = uniqueRefs(ctx, list, inList).filter((speaker) => check(speaker, 'speaker', inList));
    if (kept.length > 0) owner[field] = kept;
    else delete owner[field];
  };

  for (const statement of map.statements) {
    const where = () => `statement "${statement.id}"`;
    const explicit = statement.speakerRef;
    if (explicit && check(explicit, 'speaker', where)) statement.speaker = explicit.id;
    else if (!explicit && map.authorSpeaker) statement.speaker = map.authorSpeaker;
    speakerList(statement, 'saidBy', where);
    speakerList(statement, 'endorsedBy', where);
  }

  map.theses = uniqueRefs(ctx, map.theses, () => 'theses').filter((ref) => check(ref, 'statement', () => 'theses'));
  if (map.expect) map.expect = map.expect.filter((expected) => check(expected.ref, 'statement', () => `"expect: ${expected.label}"`, 'argument'));

  const dropped = new Set<string>();
  for (const argument of map.arguments) {
    const where = () => `argument "${argument.id}"`;
    const inPremises = () => `the premises of ${where()}`;
    // An undercut aimed at a statement passes here; the undercut-target rule explains it.
    // A support may name a statement, or an argument it backs.
    const target =
      argument.kind === 'undercut'
        ? check(argument.target, 'argument', where, 'statement', argument.id)
        : argument.kind === 'support'
          ? check(argument.target, 'statement', where, 'argument', argument.id)
          : check(argument.target, 'statement', where);
    if (!target) dropped.add(argument.id);
    else if (argument.kind !== 'attack' && argument.target.id === argument.id) {
      const undercut = argument.kind === 'undercut';
      ctx.report({
        code: undercut ? 'self-undercut' : 'self-backing',
        message: `Argument "${argument.id}" ${undercut ? 'undercuts' : 'supports'} itself.`,
        span: argument.target.span,
        hint: undercut
          ? 'An undercut denies that another argument\'s premises lead to its conclusion. Name that argument.'
          : 'Backing gives a reason to accept another argument\'s step from premises to conclusion. Name that argument, or a statement.',
      });
      dropped.add(argument.id);
    } else if (argument.kind === 'support' && argumentIds.has(argument.target.id)) argument.backing = true;

    argument.premises = uniqueRefs(ctx, argument.premises, inPremises).filter((premise) => {
      // Never suggest the conclusion: that would be a self-premise.
      const conclusion = argument.kind === 'undercut' ? undefined : argument.target.id;
      if (!check(premise, 'statement', inPremises, undefined, conclusion)) return false;
      if (argument.kind !== 'undercut' && premise.id === argument.target.id) {
        ctx.report({
          code: 'self-premise',
          message: `Argument "${argument.id}" uses its own conclusion "${premise.id}" as a premise.`,
          span: premise.span,
          hint: 'A claim cannot be a reason for (or against) itself. Remove it from the premises.',
        });
        return false;
      }
      return true;
    });
    if (argument.premises.length === 0) dropped.add(argument.id);

    const explicit = argument.speakerRef;
    if (explicit && check(explicit, 'speaker', where)) argument.speaker = explicit.id;
    else if (!explicit && map.authorSpeaker) argument.speaker = map.authorSpeaker;
    speakerList(argument, 'endorsedBy', where);
  }
  map.arguments = withoutDropped(map.arguments, dropped);

  map.contradictions = map.contradictions.filter(({ between: [first, second], span }) => {
    // Never suggest the other side: that would be a self-contradiction.
    const firstOk = check(first, 'statement', () => 'a contradiction', undefined, second.id);
    const secondOk = check(second, 'statement', () => 'a contradiction', undefined, first.id);
    if (firstOk && secondOk && first.id === second.id) {
      ctx.report({
        code: 'self-contradiction',
        message: `A contradiction pairs "${first.id}" with itself.`,
        span,
        hint: 'Name the two statements that cannot both be true.',
      });
      return false;
    }
    return firstOk && secondOk;
  });
}

function* without(ids: Iterable<string>, except: string): Generator<string> {
  for (const id of ids) if (id !== except) yield id;
}

/** Drops the dropped arguments, and undercuts and backings that were aimed at them, transitively. */
function withoutDropped(args: Argument[], dropped: Set<string>): Argument[] {
  const undercutsOf = new Map<string, string[]>();
  for (const argument of args) {
    if (argument.kind !== 'undercut' && !argument.backing) continue;
    const list = undercutsOf.get(argument.target.id) ?? [];
    list.push(argument.id);
    undercutsOf.set(argument.target.id, list);
  }
  const pending = [...dropped];
  while (pending.length > 0) {
    for (const undercut of undercutsOf.get(pending.pop()!) ?? []) {
      if (!dropped.has(undercut)) {
        dropped.add(undercut);
        pending.push(undercut);
      }
    }
  }
  return dropped.size === 0 ? args : args.filter((argument) => !dropped.has(argument.id));
}

/** Warns about an id listed twice in one list, and keeps the first. */
function uniqueRefs(ctx: ParseContext, refs: Ref[], where: () => string): Ref[] {
  if (refs.length < 2) return refs;
  // Lists are short (an argument's premises): a look back is quicker than a map.
  const seen = refs.length > 8 ? new Map<string, Ref>() : undefined;
  const kept: Ref[] = [];
  return refs.filter((ref) => {
    const earlier = seen ? seen.get(ref.id) : kept.find((other) => other.id === ref.id);
    if (!earlier) {
      if (seen) seen.set(ref.id, ref);
      else kept.push(ref);
      return true;
    }
    ctx.report({
      code: 'duplicate-ref',
      message: `"${ref.id}" is listed twice in ${where()}.`,
      span: ref.span,
      hint: 'Remove the repeat.',
      related: [{ message: 'first listed here', span: earlier.span }],
    });
    return false;
  });
}
