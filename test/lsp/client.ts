import { LspClient as Client } from '../../bench/lsp-client.js';
import { BIN, ROOT } from '../helpers.js';

/** The built CLI's language server, driven as an editor drives it. */
export class LspClient extends Client {
  constructor() {
    super(BIN, ROOT);
  }
}
