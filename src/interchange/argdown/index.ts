export { claimText, importArgdown } from './import.js';
export { mapToArgdown, mapToArgdownChunks, escapeArgdownText, foldArgdownText } from './export.js';
