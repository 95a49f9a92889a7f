import type { Argument, Contradiction, Ref } from '../../model/types.js';
import type { Rule, RuleContext } from '../rule.js';
import { q } from '../words.js';

export const inconsistentPremises: Rule = {
  id: 'inconsistent-premises',
  level: 'error',
  description: 'Premises or theses that contradict each other, or a statement used against an argument that rests on it.',
  example: `argmap: 1
theses: [close-road]
statements:
  close-road: The council should close the road.
  busy: The road is busy.
  empty: The road is nearly empty.
arguments:
  traffic: { supports: close-road, premises: [busy, empty] }
contradictions:
  - [busy, empty]
`,
  check(context) {
    contradictoryPremises(context);
    contradictoryTheses(context);
    usedAgainstItself(context);
  },
};

/** Statement id → the statements it contradicts, with the declaration. */
function partnersOf(contradictions: readonly Contradiction[]): Map<string, { other: string; declared: Contradiction }[]> {
  const partners = new Map<string, { other: string; declared: Contradiction }[]>();
  const add = (id: string, other: string, declared: Contradiction) => {
    const list = partners.get(id);
    if (list) list.push({ other, declared });
    else partners.set(id, [{ other, declared }]);
  };
  for (const declared of contradictions) {
    const [first, second] = declared.between;
    add(first.id, second.id, declared);
    add(second.id, first.id, declared);
  }
  return partners;
}

function contradictoryPremises({ map, report }: RuleContext): void {
  const partners = partnersOf(map.contradictions);
  if (partners.size === 0) return;
  for (const argument of map.arguments) {
    if (!argument.premises.some((premise) => partners.has(premise.id))) continue;
    const seen = new Map<string, Ref>();
    for (const premise of argument.premises) {
      for (const { other, declared } of partners.get(premise.id) ?? []) {
        const earlier = seen.get(other);
        if (!earlier) continue;
        report({
          message: `Argument ${q(argument.id)} rests on both ${q(earlier.id)} and ${q(premise.id)}, which contradict each other.`,
          span: premise.span,
          hint: 'Premises that cannot both be true cannot work together. One of them is misread, or these are two separate arguments.',
          related: [
            { message: 'the other premise', span: earlier.span },
            { message: 'declared contradictory here', span: declared.span },
          ],
        });
      }
      seen.set(premise.id, premise);
    }
  }
}

function contradictoryTheses({ map, report }: RuleContext): void {
  const theses = new Map(map.theses.map((ref) => [ref.id, ref]));
  for (const declared of map.contradictions) {
    const [first, second] = declared.between.map((side) => theses.get(side.id));
    if (!first || !second) continue;
    const [earlier, later] = first.span.start < second.span.start ? [first, second] : [second, first];
    report({
      message: `The theses ${q(earlier.id)} and ${q(later.id)} contradict each other.`,
      span: later.span,
      hint: 'A text cannot argue for both sides of a contradiction. Check the contradiction, or whether one of them is really a thesis.',
      related: [
        { message: 'the other thesis', span: earlier.span },
        { message: 'declared contradictory here', span: declared.span },
      ],
    });
  }
}

/**
 * A premise of argument B used against an argument A that rests on it too:
 * B undercuts A, or B attacks another premise of A. (B attacking A's
 * conclusion is the support-and-attack rule.) Reported once per B.
 */
function usedAgainstItself({ map, index, report }: RuleContext): void {
  const found = (attacker: Argument, premise: Ref, victim: Argument, victimUse: Ref, how: string) =>
    report({
      message: `Argument ${q(attacker.id)} uses ${q(premise.id)} ${how}, but ${q(victim.id)} rests on ${q(premise.id)} itself.`,
      span: premise.span,
      hint: `If ${q(premise.id)} tells against ${q(victim.id)}, then ${q(victim.id)} undermines itself. Check which of the two uses is misplaced.`,
      related: [{ message: `a premise of ${q(victim.id)}`, span: victimUse.span }],
    });

  for (const victim of map.arguments) {
    const aimed = index.argumentsAt.get(victim.id);
    if (!aimed) continue;
    const undercuts = aimed.filter((argument) => argument.kind === 'undercut');
    const uses = new Map(victim.premises.map((premise) => [premise.id, premise]));
    for (const attacker of undercuts) {
      const shared = attacker.premises.find((premise) => uses.has(premise.id));
      if (shared) found(attacker, shared, victim, uses.get(shared.id)!, `to undercut ${q(victim.id)}`);
    }
  }

  // For each attacked statement that is also a premise: which other premises
  // sit beside it, and in which argument. Costs the premises of the arguments
  // that use an attacked statement, so it stays linear for arguments of bounded size.
  for (const [target, users] of index.premiseOf) {
    const aimed = index.argumentsAt.get(target);
    if (!aimed?.some((argument) => argument.kind === 'attack')) continue;
    const attacks = aimed.filter((argument) => argument.kind === 'attack');
    const beside = new Map<string, { victim: Argument; use: Ref }>();
    for (const victim of users) {
      for (const use of victim.premises) if (use.id !== target && !beside.has(use.id)) beside.set(use.id, { victim, use });
    }
    for (const attacker of attacks) {
      const shared = attacker.premises.find((premise) => beside.has(premise.id));
      if (!shared) continue;
      const { victim, use } = beside.get(shared.id)!;
      found(attacker, shared, victim, use, `to attack ${q(target)}, a premise of ${q(victim.id)}`);
    }
  }
}
