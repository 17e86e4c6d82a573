import { define } from '../shared/define.js';
import { InoProvider } from './provider.component.js';

define('ino-provider', InoProvider);

export { InoProvider };

declare global {
  interface HTMLElementTagNameMap {
    'ino-provider': InoProvider;
  }
}
