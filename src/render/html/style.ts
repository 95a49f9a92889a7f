/** The page's style sheet: readable at 200% zoom (relative units, a layout that stacks on narrow screens), visible focus, print with the outline expanded. */
export const PAGE_STYLE = `
:root{--fg:#1a1a1a;--muted:#5f5f5f;--line:#c8c8c8;--accent:#0b61a4;--sel:#ffe08a;--match:#cde8ff;font-family:system-ui,-apple-system,"Segoe UI",Helvetica,Arial,sans-serif;color:var(--fg);background:#fff}
*{box-sizing:border-box}
body{margin:0;display:flex;flex-direction:column;height:100vh}
header{padding:.5rem 1rem;border-bottom:1px solid var(--line)}
header h1{font-size:1.25rem;margin:0}
header p{margin:.2rem 0 0;color:var(--muted);font-size:.9rem}
.toolbar{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center;padding:.4rem 1rem;border-bottom:1px solid var(--line)}
.toolbar label{font-size:.9rem}
.toolbar input,.toolbar select,.toolbar button{font:inherit;font-size:.9rem}
main{flex:1;display:flex;min-height:0}
#diagram{flex:2;position:relative;overflow:hidden;border-right:1px solid var(--line);cursor:grab;background:#fafafa}
#diagram.dragging{cursor:grabbing}
#diagram svg{transform-origin:0 0;position:absolute;left:0;top:0}
#diagram .note{padding:1rem;color:var(--muted)}
#diagram g.node{cursor:pointer}
#diagram g.node.selected polygon,#diagram g.node.selected path,#diagram g.node.selected ellipse{stroke:#d00;stroke-width:4}
#diagram g.node.match polygon,#diagram g.node.match path{stroke:var(--accent);stroke-width:3}
#diagram g.node.dim{opacity:.2}
.zoom{position:absolute;right:.5rem;top:.5rem;display:flex;gap:.25rem;z-index:1}
#outline{flex:1;overflow:auto;padding:.5rem;min-width:16rem}
.row{display:flex;gap:.3rem;align-items:flex-start;padding:.1rem .2rem;border-radius:3px;cursor:pointer;line-height:1.35;content-visibility:auto;contain-intrinsic-size:auto 1.4em}
.row .twist{width:1.2em;flex:none;border:0;background:none;font:inherit;cursor:pointer;padding:0}
.row .mark{flex:none;font-weight:bold}
.row .rid{color:var(--muted);font-size:.8em;margin-left:.3em}
.row.argument .text{font-style:italic}
.row.ref .text{color:var(--muted)}
.row.selected{background:var(--sel)}
.row.match{outline:2px solid var(--accent)}
.row.folded{display:none}
.row[hidden]{display:none}
.support{color:#007a5a}.attack{color:#b34700}.undercut{color:#7b3fa0}
#panel{flex:1;overflow:auto;padding:.75rem;border-left:1px solid var(--line);min-width:16rem}
#panel h2{font-size:1rem;margin:.2rem 0}
#panel dt{font-weight:bold;margin-top:.5rem}
#panel dd{margin:0}
#panel blockquote{margin:.3rem 0;padding-left:.5rem;border-left:3px solid var(--line)}
#panel mark{background:var(--sel)}
.passage{color:var(--muted);font-size:.9em}
#problems{margin:0;padding:.5rem 1rem;background:#fff0f0;border-bottom:2px solid #c00;white-space:pre-wrap;max-height:40vh;overflow:auto}
#legend{font-size:.85rem;color:var(--muted)}
#legend span{margin-right:1rem}
:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
@media (max-width:60rem){main{flex-direction:column}#diagram{min-height:50vh;border-right:0}#panel{border-left:0;border-top:1px solid var(--line)}}
@media print{.toolbar,.zoom,.twist{display:none}body{height:auto;display:block}main{display:block}#diagram{display:none}#outline,#panel{overflow:visible}.row.folded{display:flex}}
`;
