// Installs the Node tools pinned in package-lock.json (Prism, Spectral, Redocly) with `npm ci`,
// unless node_modules already matches the lock file. The Maven build runs this before any step
// that needs the tools, so a fresh clone needs only Node and npm on the PATH.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const lockFile = join(root, 'package-lock.json');
const stampFile = join(root, 'node_modules', '.installed-lock-sha256');
const lockHash = createHash('sha256').update(readFileSync(lockFile)).digest('hex');

if (existsSync(stampFile) && readFileSync(stampFile, 'utf8').trim() === lockHash) {
  process.exit(0);
}

console.log('Installing the Node tools pinned in package-lock.json (npm ci)...');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--ignore-scripts'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, SCARF_ANALYTICS: 'false', REDOCLY_TELEMETRY: 'off' },
});
writeFileSync(stampFile, lockHash + '\n');
