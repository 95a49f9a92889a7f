import type { Statement } from '../../model/types.js';
import type { Rule } from '../rule.js';
import { q } from '../words.js';

/**
 * Reported speech used as a reason: the author argues from what someone else
 * is reported saying (`said-by:`) but the map never says the author accepts
 * it. Accepted means the author endorses it (`endorsed-by:` names the author
 * speaker) or asserts it too (an explicit `speaker:` that is the author: an
 * implicit default would not say anything).
 */
export const unendorsedReport: Rule = {
  id: 'unendorsed-report',
  level: 'warning',
  description: "An author's argument rests on a claim reported from someone else (said-by) that the author neither endorses nor asserts.",
  example: `argmap: 1
speakers:
  me: { name: The author, role: author }
  mayor: { name: The mayor, role: cited }
theses: [lane]
statements:
  lane: Build the bike lane.
  cheap: { text: The lane costs little., said-by: mayor }
arguments:
  cost: { supports: lane, premises: [cheap] }
`,
  check({ map, index, report }) {
    const author = map.authorSpeaker;
    if (author === undefined) return;
    for (const argument of map.arguments) {
      if (argument.speaker !== author) continue;
      for (const premise of argument.premises) {
        const statement = index.statements.get(premise.id);
        if (!statement || !isUnownedReport(statement, author)) continue;
        const reporters = statement.saidBy!.filter((ref) => ref.id !== author).map((ref) => map.speakers.find((s) => s.id === ref.id)?.name ?? ref.id);
        report({
          message: `Argument ${q(argument.id)} is the author's, but its premise ${q(premise.id)} is only reported from ${reporters.join(' and ')}.`,
          span: premise.span,
          hint: `If the author accepts it, add "endorsed-by: ${author}" to ${q(premise.id)} (or "speaker: ${author}", if the author asserts it too). If not, the argument is not the author's: give it the right "speaker:".`,
          related: [{ message: 'reported here', span: statement.saidBy![0]!.span }],
        });
      }
    }
  },
};

function isUnownedReport(statement: Statement, author: string): boolean {
  if (!statement.saidBy?.some((ref) => ref.id !== author)) return false;
  if (statement.endorsedBy?.some((ref) => ref.id === author)) return false;
  return statement.speakerRef?.id !== author;
}
