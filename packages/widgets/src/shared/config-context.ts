import { createContext } from '@lit/context';
import type { InoClient } from '@ino/sdk';

/** What <ino-provider> hands to the widgets inside it. */
export interface InoConfig {
  client?: InoClient;
  lang?: string;
}

export const configContext = createContext<InoConfig | undefined>(Symbol.for('ino-widgets.config'));
