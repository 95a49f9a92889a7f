export { claimText, importArgdown } from './import.js';
export { mapToArgdown, escapeArgdownText, foldArgdownText } from './export.js';
