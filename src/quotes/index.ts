/**
 * Finding a map's quotes in its source text (normalised tokens, "..." for
 * omissions, the nearest passage when a quote is not there). Used by the
 * quote rules in check/ and by the HTML page; search.ts says how it works.
 */
export { findQuote, findQuotes, indexSource, tokenize, quoteParts, searchQuotes } from './search.js';
export type { QuoteMatch, SourceIndex } from './types.js';
