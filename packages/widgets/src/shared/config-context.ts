import { createContext } from '@lit/context';
import type { InoConnection } from '@ino/sdk';

/** What <ino-provider> hands to the widgets inside it. */
export interface InoConfig {
  connection?: InoConnection;
  lang?: string;
}

export const configContext = createContext<InoConfig | undefined>(Symbol.for('ino-widgets.config'));
