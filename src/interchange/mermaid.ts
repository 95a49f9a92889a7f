/**
 * The map as a Mermaid flowchart (`flowchart BT`), which GitHub and GitLab
 * draw from a ```mermaid block. Statements are boxes (theses bold, implicit
 * premises dashed); each argument is a small circle that its premises join
 * and that points at its conclusion: an arrow for support, a cross for an
 * attack, a dotted cross for an undercut. Contradictions are dotted
 * two-headed links. Node names are generated (s1, a1…), so no id reaches
 * Mermaid's syntax, and every label goes through `mermaidText`.
 */
import { indexMap } from '../model/graph.js';
import type { ArgMap, ArgumentKind } from '../model/types.js';
import { escapeInline } from '../text/escape.js';

/** Longest label text, in characters; Mermaid draws a whole diagram of at most 50,000 by default. */
export const MAX_MERMAID_LABEL = 300;

// Characters written as themselves; everything else becomes an entity code (#233;), which Mermaid decodes.
const PLAIN = /[A-Za-z0-9 .,:?!'()\-+/=]/;

/** Text for a quoted Mermaid label: on one line, cut, and nothing Mermaid or HTML could read as syntax. */
export function mermaidText(text: string): string {
  const inline = escapeInline(text).replace(/\s+/g, ' ').trim();
  const chars = [...inline];
  const cut = chars.length > MAX_MERMAID_LABEL ? [...chars.slice(0, MAX_MERMAID_LABEL - 1), '…'] : chars;
  const label = cut.map((char) => (PLAIN.test(char) ? char : `#${char.codePointAt(0)};`)).join('');
  // Mermaid rejects an empty quoted label (`[""]`); a text of only white space is drawn as a blank box.
  return label === '' ? ' ' : label;
}

const ARGUMENT_SIGN: Record<ArgumentKind, string> = { support: '+', attack: '−', undercut: '⊘' };
const ARROW: Record<ArgumentKind, string> = { support: '-->', attack: '--x', undercut: '-.-x' };
const COLOUR: Record<ArgumentKind, string> = { support: '#009E73', attack: '#D55E00', undercut: '#CC79A7' };

export function mapToMermaid(map: ArgMap): string {
  const index = indexMap(map);
  const names = new Map<string, string>();
  map.statements.forEach((statement, i) => names.set(statement.id, `s${i + 1}`));
  map.arguments.forEach((argument, i) => names.set(argument.id, `a${i + 1}`));

  const lines = ['flowchart BT'];
  // Front matter is YAML, where a JSON string is a double-quoted scalar: the title needs no entity codes there.
  if (map.title !== undefined) lines.unshift('---', `title: ${JSON.stringify([...escapeInline(map.title).replace(/\s+/g, ' ')].slice(0, MAX_MERMAID_LABEL).join(''))}`, '---');
  for (const statement of map.statements) {
    const kind = index.theses.has(statement.id) ? 'thesis' : statement.implicit ? 'implicit' : 'statement';
    lines.push(`  ${names.get(statement.id)}["${mermaidText(statement.text)}"]:::${kind}`);
  }
  const links: string[] = [];
  const linkColours: string[] = [];
  const link = (line: string, colour: string) => {
    links.push(`  ${line}`);
    linkColours.push(colour);
  };
  for (const argument of map.arguments) {
    const name = names.get(argument.id)!;
    const target = names.get(argument.target.id);
    const label = argument.title === undefined ? ARGUMENT_SIGN[argument.kind] : `${ARGUMENT_SIGN[argument.kind]} ${argument.title}`;
    lines.push(`  ${name}(("${mermaidText(label)}")):::${argument.kind}`);
    for (const premise of new Set(argument.premises.map((ref) => ref.id))) {
      const from = names.get(premise);
      if (from !== undefined) link(`${from} --- ${name}`, COLOUR[argument.kind]);
    }
    if (target !== undefined) link(`${name} ${ARROW[argument.kind]} ${target}`, COLOUR[argument.kind]);
  }
  for (const contradiction of map.contradictions) {
    const [a, b] = contradiction.between.map((ref) => names.get(ref.id));
    if (a !== undefined && b !== undefined) link(`${a} <-.-> ${b}`, '#0072B2');
  }
  lines.push(...links);
  lines.push(
    '  classDef statement fill:#FFFFFF,stroke:#4D4D4D,color:#1A1A1A',
    '  classDef thesis fill:#FFF1C2,stroke:#4D4D4D,stroke-width:3px,color:#1A1A1A,font-weight:bold',
    '  classDef implicit fill:#FFFFFF,stroke:#4D4D4D,stroke-dasharray:5 4,color:#1A1A1A',
    `  classDef support fill:#FFFFFF,stroke:${COLOUR.support},color:${COLOUR.support}`,
    `  classDef attack fill:#FFFFFF,stroke:${COLOUR.attack},color:${COLOUR.attack}`,
    `  classDef undercut fill:#FFFFFF,stroke:${COLOUR.undercut},color:${COLOUR.undercut}`,
  );
  // One linkStyle per colour, listing its links by number (Mermaid numbers links in order).
  const byColour = new Map<string, number[]>();
  linkColours.forEach((colour, i) => (byColour.get(colour) ?? byColour.set(colour, []).get(colour)!).push(i));
  for (const [colour, numbers] of byColour) lines.push(`  linkStyle ${numbers.join(',')} stroke:${colour},stroke-width:2px`);
  return `${lines.join('\n')}\n`;
}
