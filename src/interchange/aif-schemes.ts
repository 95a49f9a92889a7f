/**
 * argmap's argument schemes and the names AIFdb and OVA give the same
 * schemes in an RA node's text, with AIFdb's scheme ids
 * (docs/interchange.md has the table). Schemes AIFdb has no name for are
 * written as "Default Inference", and lost.
 */
export const AIF_SCHEMES: readonly { argmap: string; aif: string; schemeID: string }[] = [
  { argmap: 'analogy', aif: 'Analogy', schemeID: '1' },
  { argmap: 'cause-to-effect', aif: 'Cause To Effect', schemeID: '4' },
  { argmap: 'example', aif: 'Example', schemeID: '14' },
  { argmap: 'expert-opinion', aif: 'Expert Opinion', schemeID: '15' },
  { argmap: 'negative-consequences', aif: 'Negative Consequences', schemeID: '22' },
  { argmap: 'popular-opinion', aif: 'Popular Opinion', schemeID: '24' },
  { argmap: 'position-to-know', aif: 'Position To Know', schemeID: '26' },
  { argmap: 'positive-consequences', aif: 'Positive Consequences', schemeID: '27' },
  { argmap: 'practical-reasoning', aif: 'Practical Reasoning', schemeID: '28' },
  { argmap: 'sign', aif: 'Sign', schemeID: '30' },
];

export const DEFAULT_INFERENCE = { text: 'Default Inference', schemeID: '72' };
export const DEFAULT_CONFLICT = { text: 'Default Conflict', schemeID: '71' };
export const ASSERTING = { text: 'Asserting', schemeID: '74' };

/** The argmap scheme for an RA node's text ("Expert Opinion", "expert opinion", "ExpertOpinion"), if there is one. */
export function argmapSchemeOf(text: string): string | undefined {
  const key = text.toLowerCase().replace(/[^a-z]/g, '');
  return AIF_SCHEMES.find((scheme) => scheme.aif.toLowerCase().replace(/[^a-z]/g, '') === key)?.argmap;
}
