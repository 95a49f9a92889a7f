/**
 * The built-in catalogue of argument schemes, after Walton, Reed and Macagno,
 * "Argumentation Schemes" (Cambridge University Press, 2008). Each scheme
 * names its premises' roles, how many premises it takes (implicit ones
 * count), and its critical questions in plain words.
 *
 * Each question says what kind of reply would take it up, so that
 * `argmap check --questions` can tell which ones the map leaves open:
 * - premise: it asks whether a premise holds; a reason for or against one of
 *   the argument's premises takes it up;
 * - inference: it asks whether the premises lead to the conclusion; an
 *   undercut of the argument takes it up;
 * - counter: it asks what weighs on the other side; an argument on the other
 *   side of the same conclusion takes it up.
 */

export type QuestionKind = 'premise' | 'inference' | 'counter';

export interface CriticalQuestion {
  kind: QuestionKind;
  text: string;
}

export interface Scheme {
  id: string;
  title: string;
  /** How many premises the scheme takes; no `max` means any number from `min` up. */
  premises: { min: number; max?: number };
  roles: { role: string; form: string }[];
  conclusion: string;
  questions: CriticalQuestion[];
}

const premise = (text: string): CriticalQuestion => ({ kind: 'premise', text });
const inference = (text: string): CriticalQuestion => ({ kind: 'inference', text });
const counter = (text: string): CriticalQuestion => ({ kind: 'counter', text });

export const SCHEMES: readonly Scheme[] = [
  {
    id: 'expert-opinion',
    title: 'Argument from expert opinion',
    premises: { min: 2, max: 3 },
    roles: [
      { role: 'expertise', form: 'E is an expert in the field that A belongs to.' },
      { role: 'assertion', form: 'E asserts that A.' },
      { role: 'backing (optional)', form: "E's assertion rests on evidence." },
    ],
    conclusion: 'A (presumably).',
    questions: [
      premise('How credible is the expert?'),
      inference('Is the expert an expert in the field the claim belongs to?'),
      premise('What exactly did the expert say, and does it imply the claim?'),
      premise('Is the expert personally reliable (honest, unbiased)?'),
      counter('Is the claim consistent with what other experts say?'),
      premise("Is the expert's assertion based on evidence?"),
    ],
  },
  {
    id: 'position-to-know',
    title: 'Argument from position to know',
    premises: { min: 2, max: 3 },
    roles: [
      { role: 'position', form: 'S is in a position to know whether A.' },
      { role: 'assertion', form: 'S asserts that A.' },
      { role: 'honesty (optional)', form: 'S is an honest source.' },
    ],
    conclusion: 'A (presumably).',
    questions: [
      inference('Is the source in a position to know?'),
      premise('Is the source honest and trustworthy?'),
      premise('Did the source really say so?'),
    ],
  },
  {
    id: 'witness-testimony',
    title: 'Argument from witness testimony',
    premises: { min: 2, max: 3 },
    roles: [
      { role: 'position to know', form: 'W was in a position to know whether A.' },
      { role: 'statement', form: 'W states that A.' },
      { role: 'truth telling (optional)', form: 'W is telling the truth as W knows it.' },
    ],
    conclusion: 'A (plausibly).',
    questions: [
      premise('Is what the witness said consistent in itself?'),
      counter('Is it consistent with the known facts, established apart from this testimony?'),
      counter('Is it consistent with what other witnesses say?'),
      inference('Could some bias colour the account?'),
      premise('How plausible is the statement on its own?'),
    ],
  },
  {
    id: 'popular-opinion',
    title: 'Argument from popular opinion',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'acceptance', form: 'A is generally accepted as true.' },
      { role: 'presumption (optional)', form: 'What is generally accepted gives a reason to accept it.' },
    ],
    conclusion: 'There is a reason to accept A.',
    questions: [
      premise('What evidence (a poll, common knowledge) shows that the claim is generally accepted?'),
      counter('Even if it is generally accepted, is there good reason to doubt it?'),
    ],
  },
  {
    id: 'positive-consequences',
    title: 'Argument from positive consequences',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'consequence', form: 'If A is brought about, good consequences will plausibly follow.' },
      { role: 'value (optional)', form: 'Those consequences are good.' },
    ],
    conclusion: 'A should be brought about.',
    questions: [
      premise('How likely are the cited consequences?'),
      premise('What evidence supports that they will follow, and is it strong enough?'),
      counter('Are there bad consequences to weigh against them?'),
    ],
  },
  {
    id: 'negative-consequences',
    title: 'Argument from negative consequences',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'consequence', form: 'If A is brought about, bad consequences will plausibly follow.' },
      { role: 'value (optional)', form: 'Those consequences are bad.' },
    ],
    conclusion: 'A should not be brought about.',
    questions: [
      premise('How likely are the cited consequences?'),
      premise('What evidence supports that they will follow, and is it strong enough?'),
      counter('Are there good consequences to weigh against them?'),
    ],
  },
  {
    id: 'practical-reasoning',
    title: 'Practical reasoning',
    premises: { min: 2, max: 3 },
    roles: [
      { role: 'goal', form: 'We have the goal G.' },
      { role: 'means', form: 'Doing A is a means to realise G.' },
      { role: 'circumstances (optional)', form: 'The situation is such that G is at stake.' },
    ],
    conclusion: 'We should do A.',
    questions: [
      counter('What other goals, which might conflict with this one, should be considered?'),
      counter('What other actions would also reach the goal?'),
      inference('Among the ways to reach the goal, is the proposed action the best?'),
      premise('Is the proposed action possible?'),
      counter('What side effects of the action should be taken into account?'),
    ],
  },
  {
    id: 'analogy',
    title: 'Argument from analogy',
    premises: { min: 2, max: 3 },
    roles: [
      { role: 'base case', form: 'A holds in case C1.' },
      { role: 'similarity', form: 'Case C2 is like C1 in the respects that matter.' },
      { role: 'relevance (optional)', form: 'Those respects bear on whether A holds.' },
    ],
    conclusion: 'A holds in case C2.',
    questions: [
      inference('Are there relevant differences between the two cases?'),
      premise('Does the claim really hold in the case compared with?'),
      counter('Is there another similar case in which the claim does not hold?'),
    ],
  },
  {
    id: 'precedent',
    title: 'Argument from precedent',
    premises: { min: 2, max: 2 },
    roles: [
      { role: 'precedent', form: 'In the earlier case C1, A was done (or decided).' },
      { role: 'similarity', form: 'The present case C2 is like C1 in the respects that matter.' },
    ],
    conclusion: 'A should be done (or decided) in C2.',
    questions: [
      inference('Is the present case really like the precedent, or are there relevant differences?'),
      premise('Was the precedent itself right?'),
      counter('Are there other precedents that point the other way?'),
    ],
  },
  {
    id: 'example',
    title: 'Argument from example',
    premises: { min: 1 },
    roles: [{ role: 'example (one or more)', form: 'In this case, x has property F and also property G.' }],
    conclusion: 'Generally, what has F also has G.',
    questions: [
      premise('Is what the example claims actually true?'),
      inference('Does the example support the general claim it is offered for?'),
      inference('Is the example typical of the cases the general claim covers?'),
      counter('Are there counter-examples?'),
      inference('Were there special circumstances in the example that stop it generalising?'),
    ],
  },
  {
    id: 'sign',
    title: 'Argument from sign',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'finding', form: 'A is observed in this situation.' },
      { role: 'sign (optional)', form: 'A is generally a sign of B.' },
    ],
    conclusion: 'B holds in this situation.',
    questions: [
      inference('How strongly is the sign tied to what it signifies?'),
      counter('Would something else explain the sign better?'),
    ],
  },
  {
    id: 'cause-to-effect',
    title: 'Argument from cause to effect',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'cause', form: 'A occurs (or will occur) in this case.' },
      { role: 'causal law (optional)', form: 'Generally, when A occurs, B follows.' },
    ],
    conclusion: 'B will (or might) occur in this case.',
    questions: [
      inference('How strong is the causal link, if it holds at all?'),
      premise('Is the evidence for the causal link strong enough?'),
      counter('Could other factors prevent the effect in this case?'),
    ],
  },
  {
    id: 'correlation-to-cause',
    title: 'Argument from correlation to cause',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'correlation', form: 'A and B are positively correlated.' },
      { role: 'instances (optional)', form: 'The correlation holds over many cases.' },
    ],
    conclusion: 'A causes B.',
    questions: [
      premise('Is there really a correlation?'),
      premise('Does it hold over a significant number of cases?'),
      inference('Does the cause run in the direction claimed, and not the other way?'),
      counter('Could a third factor cause both?'),
      inference('Is the link direct, or through other causes?'),
    ],
  },
  {
    id: 'evidence-to-hypothesis',
    title: 'Argument from evidence to a hypothesis',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'observation', form: 'B has been observed.' },
      { role: 'prediction (optional)', form: 'If hypothesis A were true, B would be observed.' },
    ],
    conclusion: 'A is (plausibly) true.',
    questions: [
      inference('Would the hypothesis really lead to what was observed?'),
      premise('Was it really observed?'),
      counter('Could something other than the hypothesis explain the observation?'),
    ],
  },
  {
    id: 'ad-hominem',
    title: 'Ad hominem (argument against the person)',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'character', form: 'P is of bad character (dishonest, incompetent…).' },
      { role: 'arguer (optional)', form: 'P argues for A.' },
    ],
    conclusion: "P's argument for A should be given less weight.",
    questions: [
      premise('How well is the charge against the person supported?'),
      inference("Is the person's character relevant to the question at issue?"),
      counter("Does the conclusion go too far: should the person's argument be rejected, or only weighed with care against the other evidence?"),
    ],
  },
  {
    id: 'bias',
    title: 'Argument from bias',
    premises: { min: 1, max: 2 },
    roles: [
      { role: 'bias', form: 'P is biased on this question.' },
      { role: 'effect (optional)', form: 'A biased arguer is less likely to have weighed the evidence on both sides.' },
    ],
    conclusion: 'P is less likely to have weighed the evidence on both sides.',
    questions: [
      premise('What evidence shows that the arguer is biased?'),
      inference('Is neutrality expected of the arguer here, or is taking a side normal?'),
      counter("Does the arguer's case hold up on its merits, bias aside?"),
    ],
  },
  {
    id: 'inconsistent-commitment',
    title: 'Argument from inconsistent commitment',
    premises: { min: 2, max: 2 },
    roles: [
      { role: 'commitment', form: 'P has said, or shown, that P is committed to A.' },
      { role: 'opposed commitment', form: 'Other evidence shows that P is not really committed to A.' },
    ],
    conclusion: "P's commitments are inconsistent.",
    questions: [
      premise('What is the evidence of the commitment?'),
      premise('What is the evidence against it?'),
      inference('Do the two really conflict?'),
      counter('Is there a way to reconcile them (a change of mind, a distinction)?'),
    ],
  },
];

const byId = new Map(SCHEMES.map((scheme) => [scheme.id, scheme]));

export function findScheme(id: string): Scheme | undefined {
  return byId.get(id);
}

/** "2 or 3", "exactly 2", "1 or more". */
export function premiseRange({ min, max }: Scheme['premises']): string {
  if (max === undefined) return `${min} or more`;
  if (max === min) return `exactly ${min}`;
  return max === min + 1 ? `${min} or ${max}` : `${min} to ${max}`;
}
