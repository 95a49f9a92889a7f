import type { SpeechAct } from '../../model/types.js';

// How a statement's or a quote's speech act reads in the tree; a plain assertion has no mark.
const ACT_MARKS: Record<SpeechAct, string | undefined> = {
  assert: undefined,
  ironic: '(ironic)',
  'rhetorical-question': '(rhetorical question)',
  hypothetical: '(hypothetical)',
};

/** "(ironic)" and the like, or undefined for a plain assertion. */
export function actMark(act: SpeechAct | undefined): string | undefined {
  return act === undefined ? undefined : ACT_MARKS[act];
}

/** "(endorsed by The author)", "(said by A, B and C)": speakers by name, joined as a sentence would. */
export function speakersMark(verb: string, names: readonly string[]): string {
  const list = names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `(${verb} ${list})`;
}
