/** "1 warning", "2 warnings", "0 infos": a count with its word, plural unless the count is 1. */
export const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;
