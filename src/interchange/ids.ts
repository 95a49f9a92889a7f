/**
 * Readable ids for imported statements, made from their text: the first few
 * words, lower case, joined by hyphens ("the-lane-costs-too-much"), unique
 * within the map. Text with no Latin letters or digits falls back to a name
 * made from the source's own id.
 */
export function createIdMaker(reserved: Iterable<string> = []): (text: string, fallback: string) => string {
  // Ids the importer gives other things (an AIF node's "ra12"): no statement may take them.
  const taken = new Set<string>(reserved);
  return (text, fallback) => {
    const words = text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .match(/[a-z0-9]+/g);
    let base = words ? words.slice(0, 5).join('-').slice(0, 40).replace(/-+$/, '') : '';
    // A key of digits alone would be read back as a number.
    // The fallback is made from the source's own id, which may hold anything: only what an id may hold is kept.
    if (base === '' || /^[0-9-]+$/.test(base)) base = fallback.replace(/[^A-Za-z0-9_.-]+/g, '-');
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    taken.add(id);
    return id;
  };
}
