#!/usr/bin/env node
// `npx ino-server <command>`: the server's command line, in TypeScript run by tsx as `npm start` runs it.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/ino-server.ts');
