/**
 * The argument-map model: plain, serialisable data. Entities refer to each
 * other by id, never by object reference, and every piece of data that a
 * diagnostic may point at carries the source span it came from.
 */

/** A range of the source text, as UTF-16 offsets (end exclusive). */
export interface Span {
  start: number;
  end: number;
}

/** A reference by id, with the position of the reference itself. */
export interface Ref {
  id: string;
  span: Span;
}

/** A string value with its position (quotes, tags, scheme names). */
export interface Located {
  value: string;
  span: Span;
}

/**
 * What an utterance does. `assert` is the default; the others mean the words
 * are not a plain assertion (irony says the opposite, a rhetorical question
 * asserts its implied answer, a hypothetical only supposes).
 */
export type SpeechAct = 'assert' | 'ironic' | 'rhetorical-question' | 'hypothetical';

/** A quote: the source's words, with what they do when the map says so. */
export interface Quote extends Located {
  act?: SpeechAct;
}

export type SpeakerRole = 'author' | 'commenter' | 'cited';
export type Acceptance = 'accepted' | 'rejected' | 'undecided';

export interface Speaker {
  id: string;
  span: Span;
  name: string;
  role?: SpeakerRole;
}

export interface SourceInfo {
  title?: string;
  author?: string;
  date?: string;
  url?: string;
  /** Path to the source's plain text, as written in the map (relative to the map file). */
  file?: Located;
}

export interface Statement {
  id: string;
  /** Span of the id key. */
  span: Span;
  text: string;
  textSpan: Span;
  quotes: Quote[];
  /** The effective speaker: the explicit one, else the map's author speaker. */
  speaker?: string;
  /** The explicit `speaker:` reference, when there is one. */
  speakerRef?: Ref;
  /** `said-by:`, who the text reports asserting it (reported speech); absent when none. */
  saidBy?: Ref[];
  /** `endorsed-by:`, speakers who agree with it; absent when none. */
  endorsedBy?: Ref[];
  /** `act:`, as written; absent means a plain assertion. */
  act?: SpeechAct;
  tags: Located[];
  note?: string;
  implicit: boolean;
  /** Reserved by format version 1: parsed and kept, not yet used. */
  acceptance?: Acceptance;
  /** Reserved by format version 1: parsed and kept, not yet used. */
  weight?: number;
}

/**
 * What an argument does to its target. Whether an attack rebuts or undermines
 * is derived from the graph (see `relationOf` in graph.ts), not written in the map.
 */
export type ArgumentKind = 'support' | 'attack' | 'undercut';

export interface Argument {
  id: string;
  span: Span;
  kind: ArgumentKind;
  /** A statement id for support and attack; an argument id for undercut, and for a support that backs an argument. */
  target: Ref;
  /**
   * True when a support's target is an argument: it backs that argument's
   * inference (a reason to accept the step, not its premises). Set while
   * references are resolved: statements and arguments share one namespace,
   * so the id alone says which it is.
   */
  backing?: true;
  premises: Ref[];
  title?: string;
  scheme?: Located;
  speaker?: string;
  speakerRef?: Ref;
  /** `endorsed-by:`, speakers who agree with it; absent when none. */
  endorsedBy?: Ref[];
  note?: string;
  acceptance?: Acceptance;
  weight?: number;
}

export interface Contradiction {
  span: Span;
  between: [Ref, Ref];
}

export type RuleLevel = 'off' | 'info' | 'warning' | 'error';

export interface RuleSetting {
  rule: string;
  level: RuleLevel;
  span: Span;
}

/** A label the map expects evaluation to give an id (`expect:`). */
export interface Expectation {
  ref: Ref;
  label: 'in' | 'out' | 'undecided';
}

export interface ArgMap {
  /** The file name the map was read from, as given to the parser. */
  file: string;
  version: 1;
  title?: string;
  note?: string;
  source?: SourceInfo;
  speakers: Speaker[];
  /** Id of the speaker with role `author`, the default for statements. */
  authorSpeaker?: string;
  theses: Ref[];
  statements: Statement[];
  arguments: Argument[];
  contradictions: Contradiction[];
  checks: RuleSetting[];
  /** The labels the map expects (`expect:`), in file order; absent when the map has no `expect:`. */
  expect?: Expectation[];
}
