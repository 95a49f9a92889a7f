import type { Rule } from '../rule.js';
import { circularReasoning } from './circular-reasoning.js';
import { criticalQuestion } from './critical-question.js';
import { disconnectedStatement } from './disconnected-statement.js';
import { duplicateStatement } from './duplicate-statement.js';
import { expectedLabel } from './expected-label.js';
import { implicitQuote } from './implicit-quote.js';
import { inconsistentPremises } from './inconsistent-premises.js';
import { missingQuote } from './missing-quote.js';
import { noThesis } from './no-thesis.js';
import { quoteNotFound } from './quote-not-found.js';
import { schemePremises } from './scheme-premises.js';
import { singlePremise } from './single-premise.js';
import { sourceUnreadable } from './source-unreadable.js';
import { supportAndAttack } from './support-and-attack.js';
import { undercutTarget } from './undercut-target.js';
import { unknownScheme } from './unknown-scheme.js';
import { unansweredAttack } from './unanswered-attack.js';
import { unsupportedThesis } from './unsupported-thesis.js';
import { unendorsedReport } from './unendorsed-report.js';

/** Every consistency rule, in the order of docs/rules.md. */
export const RULES: readonly Rule[] = [
  circularReasoning,
  supportAndAttack,
  inconsistentPremises,
  undercutTarget,
  unsupportedThesis,
  disconnectedStatement,
  noThesis,
  unansweredAttack,
  unendorsedReport,
  singlePremise,
  duplicateStatement,
  quoteNotFound,
  missingQuote,
  implicitQuote,
  sourceUnreadable,
  unknownScheme,
  schemePremises,
  criticalQuestion,
  expectedLabel,
];
