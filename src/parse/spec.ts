/**
 * The format's single source of truth. The parser validates every key against
 * these tables (unknown keys, types, required fields), and
 * scripts/write-schema.mjs turns the same tables into schema/argmap.schema.json
 * for editors. Change the format here and both follow.
 */

export type FieldType =
  /** Free text: any non-empty scalar, kept as written (`title: 1984` is the text "1984"). */
  | { kind: 'text' }
  | { kind: 'boolean' }
  | { kind: 'number'; minimum?: number; maximum?: number }
  | { kind: 'enum'; values: readonly string[] }
  /** The format version. */
  | { kind: 'version'; value: 1 }
  /** One id of the given kind of thing. */
  | { kind: 'ref'; to: RefTarget }
  /** One id, or a list of ids; an empty list only when `emptyMeansNone`. */
  | { kind: 'refs'; to: RefTarget; emptyMeansNone?: boolean }
  /** One text, or a list of texts. */
  | { kind: 'texts' }
  /** One text, or a list of texts, where each text may also be a mapping of `fields` (its text under `text`). */
  | { kind: 'texts-or-objects'; fields: FieldTable }
  /** A list of pairs of statement ids. */
  | { kind: 'pairs' }
  | { kind: 'object'; fields: FieldTable; shorthand?: string; exactlyOneOf?: readonly string[] }
  /** A mapping from ids to values of one type, in file order. */
  | { kind: 'record'; of: FieldType; keyPattern: string; keyMaxLength?: number; keyDescription: string };

export type RefTarget = 'statement' | 'argument' | 'speaker';

export interface Field {
  type: FieldType;
  required?: boolean;
  description: string;
}

export type FieldTable = Readonly<Record<string, Field>>;

/** Ids: a letter, digit or underscore, then letters, digits, `_`, `-` and `.`. */
export const ID_PATTERN = '^[\\p{L}\\p{N}_][\\p{L}\\p{N}_.\\-]*$';
export const ID_REGEXP = new RegExp(ID_PATTERN, 'u');
export const MAX_ID_LENGTH = 200;

export const EXTENSION_PREFIX = 'x-';

/** Rule ids, as keys of `checks:`. A well-formed id that names no rule is only a warning (`unknown-rule`). */
export const RULE_ID_PATTERN = '^[a-z][a-z0-9-]*$';

export const RULE_LEVELS = ['off', 'info', 'warning', 'warn', 'error'] as const;

const reserved = {
  acceptance: {
    type: { kind: 'enum', values: ['accepted', 'rejected', 'undecided'] },
    description: 'Reserved for evaluation in a later version: parsed and kept, no effect yet.',
  },
  weight: {
    type: { kind: 'number', minimum: 0, maximum: 1 },
    description: 'Base score for argmap eval --semantics dfquad, from 0 to 1 (statements default to 0.5, arguments to 1).',
  },
} as const satisfies FieldTable;

export const SOURCE_FIELDS: FieldTable = {
  title: { type: { kind: 'text' }, description: 'Title of the source text.' },
  author: { type: { kind: 'text' }, description: 'Who wrote it.' },
  date: { type: { kind: 'text' }, description: 'When it was published, e.g. 2025-02-14.' },
  url: { type: { kind: 'text' }, description: 'Where it was published.' },
  file: {
    type: { kind: 'text' },
    description: 'Path to the plain text of the source, relative to this map. Quotes are checked against it.',
  },
};

export const SPEAKER_FIELDS: FieldTable = {
  name: { type: { kind: 'text' }, required: true, description: 'The name shown for this speaker.' },
  role: {
    type: { kind: 'enum', values: ['author', 'commenter', 'cited'] },
    description:
      'author: wrote the source (statements default to this speaker); commenter: responds to it; cited: someone the source reports.',
  },
};

/** What an utterance does: states it plainly, or means it otherwise (`act:` on statements and quotes). */
export const SPEECH_ACTS = ['assert', 'ironic', 'rhetorical-question', 'hypothetical'] as const;

const act: Field = {
  type: { kind: 'enum', values: SPEECH_ACTS },
  description:
    'What the words do: assert (the default), ironic (meant as the opposite), rhetorical-question (a claim put as a question) or hypothetical (supposed, not asserted).',
};

/** A quote written as a mapping: its words and what they do. */
export const QUOTE_FIELDS: FieldTable = {
  text: { type: { kind: 'text' }, required: true, description: "The source's own words, verbatim." },
  act,
};

export const STATEMENT_FIELDS: FieldTable = {
  text: { type: { kind: 'text' }, required: true, description: 'The claim, in your own words: one claim per statement.' },
  quote: {
    type: { kind: 'texts-or-objects', fields: QUOTE_FIELDS },
    description: "The source's own words, verbatim (a phrase or a sentence, or a list); each may be { text, act }.",
  },
  speaker: { type: { kind: 'ref', to: 'speaker' }, description: 'Who asserts it. Defaults to the author speaker.' },
  'said-by': {
    type: { kind: 'refs', to: 'speaker', emptyMeansNone: true },
    description: 'Who the text reports asserting it (reported speech): a speaker id, or a list.',
  },
  'endorsed-by': {
    type: { kind: 'refs', to: 'speaker', emptyMeansNone: true },
    description: 'Who agrees with it, though someone else said it: a speaker id, or a list (e.g. the author).',
  },
  act,
  tags: { type: { kind: 'texts' }, description: 'Themes, for filtering and grouping.' },
  note: { type: { kind: 'text' }, description: "A reviewer's remark." },
  implicit: { type: { kind: 'boolean' }, description: 'true for an unstated premise that the reconstruction adds.' },
  ...reserved,
};

export const ARGUMENT_TARGET_KEYS = ['supports', 'attacks', 'undercuts'] as const;
export type ArgumentTargetKey = (typeof ARGUMENT_TARGET_KEYS)[number];

export const ARGUMENT_FIELDS: FieldTable = {
  supports: {
    type: { kind: 'ref', to: 'statement' },
    description: 'The statement these premises give a reason to accept, or an argument whose inference they back.',
  },
  attacks: { type: { kind: 'ref', to: 'statement' }, description: 'The statement these premises give a reason to reject.' },
  undercuts: {
    type: { kind: 'ref', to: 'argument' },
    description: "The argument whose inference these premises deny (not its premises, but that they lead to its conclusion).",
  },
  premises: {
    type: { kind: 'refs', to: 'statement' },
    required: true,
    description: 'The statements that together make this argument (linked premises).',
  },
  title: { type: { kind: 'text' }, description: 'A short name for the argument.' },
  scheme: { type: { kind: 'text' }, description: 'The argument scheme, e.g. expert-opinion or analogy.' },
  speaker: { type: { kind: 'ref', to: 'speaker' }, description: 'Who makes the argument. Defaults to the author speaker.' },
  'endorsed-by': {
    type: { kind: 'refs', to: 'speaker', emptyMeansNone: true },
    description: 'Who agrees with the argument, though someone else made it: a speaker id, or a list.',
  },
  note: { type: { kind: 'text' }, description: "A reviewer's remark." },
  ...reserved,
};

const idRecord = (of: FieldType, what: string): FieldType => ({
  kind: 'record',
  of,
  keyPattern: ID_PATTERN,
  keyMaxLength: MAX_ID_LENGTH,
  keyDescription: `The ${what}'s id: letters, digits, "_", "-" and ".".`,
});

/** The labels a map expects `argmap eval` to give, checked by `argmap check` (rule expected-label). */
export const EXPECT_FIELDS: FieldTable = {
  in: { type: { kind: 'refs', to: 'statement', emptyMeansNone: true }, description: 'Statements and arguments that should stand.' },
  out: { type: { kind: 'refs', to: 'statement', emptyMeansNone: true }, description: 'Statements and arguments that should fall.' },
  undecided: { type: { kind: 'refs', to: 'statement', emptyMeansNone: true }, description: 'Statements and arguments that should stay open.' },
};

export const MAP_FIELDS: FieldTable = {
  argmap: { type: { kind: 'version', value: 1 }, required: true, description: 'The format version: 1.' },
  title: { type: { kind: 'text' }, description: "The map's title." },
  note: { type: { kind: 'text' }, description: 'Free text about the map as a whole.' },
  source: { type: { kind: 'object', fields: SOURCE_FIELDS }, description: 'The text this map reconstructs.' },
  speakers: {
    type: idRecord({ kind: 'object', fields: SPEAKER_FIELDS, shorthand: 'name' }, 'speaker'),
    description: 'Who asserts what. A speaker may be written as just its name.',
  },
  theses: {
    type: { kind: 'refs', to: 'statement', emptyMeansNone: true },
    description: 'The main conclusions, by statement id. An empty list is the same as none.',
  },
  statements: {
    type: idRecord({ kind: 'object', fields: STATEMENT_FIELDS, shorthand: 'text' }, 'statement'),
    required: true,
    description: 'The claims, by id. A statement may be written as just its text.',
  },
  arguments: {
    type: idRecord({ kind: 'object', fields: ARGUMENT_FIELDS, exactlyOneOf: ARGUMENT_TARGET_KEYS }, 'argument'),
    description: 'Groups of premises that support, attack or undercut, by id.',
  },
  contradictions: { type: { kind: 'pairs' }, description: 'Pairs of statements that cannot both be true.' },
  expect: {
    type: { kind: 'object', fields: EXPECT_FIELDS },
    description: 'The grounded labels argmap eval should give these ids; argmap check reports each one it does not (expected-label).',
  },
  checks: {
    type: {
      kind: 'record',
      of: { kind: 'enum', values: RULE_LEVELS },
      keyPattern: RULE_ID_PATTERN,
      keyDescription: 'A rule id (see `argmap rules`).',
    },
    description: 'Severity per consistency rule for this map: off, info, warning or error.',
  },
};
