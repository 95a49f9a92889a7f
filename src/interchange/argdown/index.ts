export { mapToArgdown, escapeArgdownText, foldArgdownText } from './export.js';
