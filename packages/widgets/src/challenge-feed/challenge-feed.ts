import { define } from '../shared/define.js';
import { InoChallengeFeed } from './challenge-feed.component.js';

define('ino-challenge-feed', InoChallengeFeed);

export { InoChallengeFeed };

declare global {
  interface HTMLElementTagNameMap {
    'ino-challenge-feed': InoChallengeFeed;
  }
}
