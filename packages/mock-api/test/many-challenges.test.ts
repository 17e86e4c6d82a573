import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ResourceBuilder } from '@ino/contract';
import { bundledContent } from '@ino/contract/content';
import { ChallengeSchema, validate } from '@ino/sdk';
import { withManyChallenges } from '../src/index.js';

test('the 5,000-challenge scenario is valid, open and unique', () => {
  const many = withManyChallenges(bundledContent, 5000);
  const built = new ResourceBuilder(many);
  assert.equal(many.challenges.length, 5000);
  assert.equal(new Set(many.challenges.map((c) => c.id)).size, 5000);
  for (const c of many.challenges) validate(ChallengeSchema, built.challenge(c, 'nl'), `challenge ${c.id}`);
  assert.ok(many.challenges.every((c) => c.status === 'open'));
});
