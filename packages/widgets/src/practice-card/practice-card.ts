import { define } from '../shared/define.js';
import { InoPracticeCard } from './practice-card.component.js';

define('ino-practice-card', InoPracticeCard);

export { InoPracticeCard };

declare global {
  interface HTMLElementTagNameMap {
    'ino-practice-card': InoPracticeCard;
  }
}
