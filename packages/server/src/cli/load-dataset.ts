// npm run load-dataset -w @ino/server [-- file.json]: loads the contract's bundled content, or a JSON file
// of records in its format (CONTRACT.md §4.1, like packages/contract/content/content.json), into the
// configured database (DATABASE_URL, or the embedded one in INO_DATA_DIR).
// Content is replaced; applications stay. Stop a server on the embedded database first: only one
// process can use its files.
import { readFile } from 'node:fs/promises';
import { bundledContent } from '@ino/contract/content';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/connection.js';
import { loadDataset } from '../db/load-dataset.js';
import { migrate } from '../db/migrate.js';

const file = process.argv[2];
const config = loadConfig();
const data: unknown = file ? JSON.parse(await readFile(file, 'utf8')) : bundledContent;
const db = await openDatabase(config);
try {
  await migrate(db);
  const loaded = await loadDataset(db, data);
  console.log(
    `Loaded ${file ?? 'the bundled content'}: ${loaded.practices} practices, ${loaded.challenges} challenges, ${loaded.learningTracks} learning tracks, ${loaded.organisations} organisations.`,
  );
} catch (error) {
  console.error(`Nothing was loaded: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
