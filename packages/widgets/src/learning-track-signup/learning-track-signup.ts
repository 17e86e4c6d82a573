import { define } from '../shared/define.js';
import { InoLearningTrackSignup } from './learning-track-signup.component.js';

define('ino-learning-track-signup', InoLearningTrackSignup);

export { InoLearningTrackSignup };

declare global {
  interface HTMLElementTagNameMap {
    'ino-learning-track-signup': InoLearningTrackSignup;
  }
}
