import { foldArgdownText } from '../../src/interchange/index.js';
import type { ArgMap } from '../../src/index.js';

/**
 * A map as Argdown can carry it, without ids: each statement's text (folded to
 * one line, as Argdown holds text), speaker's name and tags (a set: Argdown
 * keeps each once); each argument's kind, premise texts, target (a
 * statement's text, or for an undercut the argument it undercuts, described
 * the same way one level down), speaker's name, title (folded) and scheme;
 * each contradiction as an unordered pair of texts, once (Argdown keeps one
 * per pair).
 */
export function argdownShape(map: ArgMap) {
  const speaker = new Map(map.speakers.map((s) => [s.id, s.name]));
  const text = new Map(map.statements.map((s) => [s.id, foldArgdownText(s.text)]));
  const byId = new Map(map.arguments.map((a) => [a.id, a]));
  const core = (id: string) => {
    const a = byId.get(id)!;
    const premises = [...new Set(a.premises.map((p) => text.get(p.id)!))].sort();
    // An undercut and a backing aim at an argument, described one level down.
    return `${a.kind} ${JSON.stringify(premises)} → ${a.kind === 'undercut' || a.backing === true ? `(${byId.get(a.target.id)!.kind} ${JSON.stringify([...new Set(byId.get(a.target.id)!.premises.map((p) => text.get(p.id)!))].sort())} → …)` : JSON.stringify(text.get(a.target.id))}`;
  };
  return {
    statements: map.statements
      .map((s) => `${JSON.stringify(text.get(s.id))} by ${s.speaker === undefined ? '-' : JSON.stringify(speaker.get(s.speaker))} tagged ${JSON.stringify([...new Set(s.tags.map((t) => t.value))].sort())}`)
      .sort(),
    arguments: map.arguments
      .map((a) => {
        const title = a.title === undefined ? '' : foldArgdownText(a.title);
        return `${core(a.id)} by ${a.speaker === undefined ? '-' : JSON.stringify(speaker.get(a.speaker))} titled ${JSON.stringify(title)} scheme ${JSON.stringify(a.scheme?.value ?? null)}`;
      })
      .sort(),
    contradictions: [...new Set(map.contradictions.map((c) => JSON.stringify(c.between.map((r) => text.get(r.id)!).sort())))].sort(),
  };
}

