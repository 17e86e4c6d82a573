// Where Chromium is, and how every browser test here starts it. Browsers cannot be downloaded on
// these machines: Debian's chromium package is used (apt-get install chromium).
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** CHROME_PATH, else /usr/bin/chromium; exits with install instructions when there is none. */
export function chromiumPath() {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean);
  const found = candidates.find((path) => existsSync(path));
  if (!found) {
    console.error(
      'No Chromium found (looked at CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser).\n' +
        "Install Debian's Chromium:  sudo apt-get update && sudo apt-get install -y chromium\n" +
        'or point CHROME_PATH at a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  return found;
}
