import { define } from '../shared/define.js';
import { InoApplicationStatus } from './application-status.component.js';

define('ino-application-status', InoApplicationStatus);

export { InoApplicationStatus };

declare global {
  interface HTMLElementTagNameMap {
    'ino-application-status': InoApplicationStatus;
  }
}
