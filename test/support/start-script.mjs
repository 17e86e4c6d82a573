// Starts a script of this repository (the reference server, the offline demo) on a free loopback port
// and waits for the address it prints once it listens: what the browser runners test against.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `script` with tsx (HOST=127.0.0.1, PORT=0, plus `env`) and resolves `{ origin, stop, exited }`
 * once its output matches `pattern` (whose first group is the origin); rejects if it stops first.
 */
export function startScript(script, env, pattern) {
  const child = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const onData = (chunk) => {
      output += chunk;
      const found = pattern.exec(output);
      if (found) resolve({ origin: found[1], stop: () => child.kill('SIGTERM'), exited: new Promise((r) => child.once('exit', r)) });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => reject(new Error(`${script} stopped:\n${output}`)));
  });
}
