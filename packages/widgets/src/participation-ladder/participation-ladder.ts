import { define } from '../shared/define.js';
import { InoParticipationLadder } from './participation-ladder.component.js';

define('ino-participation-ladder', InoParticipationLadder);

export { InoParticipationLadder };

declare global {
  interface HTMLElementTagNameMap {
    'ino-participation-ladder': InoParticipationLadder;
  }
}
