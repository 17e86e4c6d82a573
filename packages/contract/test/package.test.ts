import assert from 'node:assert/strict';
import { test } from 'node:test';
import * as contract from '../src/index.js';

test('the contract package loads without side effects', () => {
  assert.equal(typeof contract, 'object');
});
