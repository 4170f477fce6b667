// Corpus for module 09 (cards): the two realistic card layouts are in tests/checks/discovery.test.ts
// (lower-case cards in docs/ with a datasheet; a Hugging Face model card with a Spanish Data Cards
// datasheet). Here, every item's verdict when the model card is missing: only what reads it is lost.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, solutionAt } from './corpus.js';

describe('corpus 09: cards', () => {
  it('no model card: its items fail, the dataset card items keep their points', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('09', 'cards-missing', 'cards');
    rmSync(join(place.dir, 'MODEL_CARD.md'));
    const { item } = await expectVerdicts('09', place, {
      files: 'fail',
      'model-card-sections': 'fail',
      'dataset-card-sections': 'pass',
      'evaluation-figures': 'fail',
      'no-placeholders': 'fail',
      substance: 'fail',
      'model-facts': 'fail',
      'cards-linked': 'fail',
      'training-reproducible': 'fail',
      'dataset-size': 'pass',
      subgroups: 'fail',
    });
    expect(item('model-facts').message).toMatch(/cannot find the model card: looked for/);
  });
});
