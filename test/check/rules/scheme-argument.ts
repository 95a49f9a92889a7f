import { yaml } from '../../helpers.js';

/** A map whose one argument, "reason" (scheme on line 8, column 13), names the scheme and has the premises (p1 to p4). */
export const argued = (scheme: string, premises: string) => yaml`
  argmap: 1
  theses: [lane]
  statements: { lane: Lane., p1: P1, p2: P2, p3: P3, p4: P4 }
  arguments:
    reason:
      supports: lane
      premises: [${premises}]
      scheme: ${scheme}
`;
