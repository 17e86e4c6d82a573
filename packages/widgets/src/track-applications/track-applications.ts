import { define } from '../shared/define.js';
import { InoTrackApplications } from './track-applications.component.js';

define('ino-track-applications', InoTrackApplications);

export { InoTrackApplications };

declare global {
  interface HTMLElementTagNameMap {
    'ino-track-applications': InoTrackApplications;
  }
}
