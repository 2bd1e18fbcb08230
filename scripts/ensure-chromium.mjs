// Makes sure a Chromium is there for the browser tests: $CHROME_PATH or the usual paths; on
// Debian as root it installs the `chromium` package, otherwise it says in one line how to.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

if (!findChromium()) {
  const canInstall = existsSync('/usr/bin/apt-get') && process.getuid?.() === 0;
  if (!canInstall) {
    console.error('No Chromium found: install it (Debian: sudo apt-get install -y chromium) or set CHROME_PATH.');
    process.exit(1);
  }
  console.log('No Chromium found: installing Debian\'s chromium package (one time)...');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
  if (!findChromium()) {
    console.error('apt-get finished but no Chromium is at /usr/bin/chromium; set CHROME_PATH.');
    process.exit(1);
  }
}
