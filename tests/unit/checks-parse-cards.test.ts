import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadYaml } from '../../src/checks/parse/yaml.js';
import {
  cleanHeading,
  findDate,
  findDates,
  findLicense,
  findRowCount,
  findRowCounts,
  findSection,
  findSeed,
  findVersion,
  frontMatter,
  headingMatches,
  conceptById,
  missingConcepts,
  parseQuantity,
  parseSections,
  SECTION_CONCEPTS,
} from '../../src/checks/parse/card-sections.js';

const card = (name: string): string =>
  readFileSync(new URL(`../fixtures/parse/cards/${name}`, import.meta.url), 'utf8');
const headingOf = (text: string, concept: string): string | undefined =>
  findSection(parseSections(text), concept)?.heading;

// The parser is loaded on demand (the runner does it before reader items); so do these tests.
beforeAll(loadYaml);

describe('parseSections', () => {
  it('reads ATX headings, skips front matter and fenced code, and marks template placeholders as unfilled', () => {
    const sections = parseSections(card('hf-model-card.md'));
    expect(sections[0]).toMatchObject({ heading: 'Model Card for telco-churn-gbm', level: 1, line: 13 });
    expect(sections.some((s) => s.heading.startsWith('seed'))).toBe(false);
    expect(sections.find((s) => s.heading === 'Downstream Use')).toMatchObject({ filled: false });
    expect(sections.find((s) => s.heading === 'Direct Use')).toMatchObject({
      filled: true,
      body: expect.stringContaining('retention team'),
    });
    // "[optional]" is not part of the name.
    expect(sections.map((s) => s.heading)).toContain('Model Sources');
  });

  it('reads setext headings with numbering and bold lead-ins', () => {
    const sections = parseSections(card('model_card_es.md'));
    expect(sections.map((s) => s.heading).slice(0, 4)).toEqual([
      'Ficha del modelo: predicción de abandono',
      'Versión',
      'Detalles del modelo',
      'Uso previsto',
    ]);
    expect(sections.find((s) => s.heading === 'Versión')).toMatchObject({ level: 7, line: 4 });
    expect(sections.find((s) => s.heading === 'Advertencias y recomendaciones')).toMatchObject({ filled: false });
  });

  it('cleans numbering, emphasis, emoji and trailing colons from headings', () => {
    expect(cleanHeading('**2.1 Intended Use:**')).toBe('Intended Use');
    expect(cleanHeading('📊 Métricas')).toBe('Métricas');
    expect(cleanHeading('Downstream Use [optional]')).toBe('Downstream Use');
    expect(cleanHeading('A) Limitaciones ##')).toBe('Limitaciones');
  });
});

describe('findSection: model cards', () => {
  const hf = card('hf-model-card.md');
  const es = card('model_card_es.md');

  it("finds Mitchell et al.'s sections under Hugging Face template names", () => {
    expect(headingOf(hf, 'model-details')).toBe('Model Details');
    expect(headingOf(hf, 'intended-use')).toBe('Uses');
    expect(headingOf(hf, 'out-of-scope')).toBe('Out-of-Scope Use');
    expect(headingOf(hf, 'limitations')).toBe('Bias, Risks, and Limitations');
    expect(headingOf(hf, 'ethical-considerations')).toBe('Bias, Risks, and Limitations');
    expect(headingOf(hf, 'training-data')).toBe('Training Details');
    expect(headingOf(hf, 'evaluation-data')).toBe('Testing Data');
    expect(headingOf(hf, 'factors')).toBe('Factors');
    expect(headingOf(hf, 'quantitative-analyses')).toBe('Results');
    expect(headingOf(hf, 'environmental-impact')).toBe('Environmental Impact');
    expect(headingOf(hf, 'how-to-use')).toBe('How to Get Started with the Model');
  });

  it('does not take "Out-of-Scope Use" for the intended use', () => {
    const only = parseSections('# Card\n\n## Out-of-Scope Use\n\nNot for credit scoring decisions at all.\n');
    expect(findSection(only, 'intended-use')).toBeUndefined();
    expect(findSection(only, 'out-of-scope')?.heading).toBe('Out-of-Scope Use');
  });

  it('finds the Spanish Mitchell-style sections, and reports the unfilled one as such', () => {
    for (const [concept, heading] of [
      ['model-details', 'Detalles del modelo'],
      ['intended-use', 'Uso previsto'],
      ['out-of-scope', 'Usos fuera de alcance'],
      ['factors', 'Factores'],
      ['metrics', 'Métricas'],
      ['evaluation-data', 'Datos de evaluación'],
      ['training-data', 'Datos de entrenamiento'],
      ['quantitative-analyses', 'Análisis cuantitativos'],
      ['ethical-considerations', 'Consideraciones éticas'],
    ] as const) {
      expect(headingOf(es, concept), concept).toBe(heading);
    }
    expect(findSection(parseSections(es), 'limitations')).toMatchObject({
      heading: 'Advertencias y recomendaciones',
      filled: false,
    });
    expect(missingConcepts(parseSections(es), 'model', ['limitations', 'metrics']).map((c) => c.id)).toEqual([
      'limitations',
    ]);
  });

  it('accepts the usual variants of "limitations" in both languages', () => {
    for (const heading of [
      'Limitations',
      'Caveats and Recommendations',
      'Bias, Risks, and Limitations',
      'Known limitations',
      'Limitaciones',
      'Sesgos y limitaciones',
      'Riesgos y limitaciones',
      'Intended uses & limitations',
      'Limitations and trade-offs',
    ]) {
      expect(headingMatches(heading, conceptById('limitations')!), heading).toBe(true);
    }
    expect(headingMatches('Delimitation of scope', conceptById('limitations')!)).toBe(false);
  });

  it("throws on an unknown concept id (a programming error, not a learner's)", () => {
    expect(() => findSection([], 'nope')).toThrow(/unknown section concept/);
  });
});

describe('findSection: data cards and datasheets', () => {
  it('maps Data Cards Playbook headings to datasheet concepts', () => {
    const dc = card('data-card.md');
    expect(headingOf(dc, 'composition')).toBe('Dataset Overview');
    expect(headingOf(dc, 'motivation')).toBe('Motivations & Intentions');
    expect(headingOf(dc, 'intended-use')).toBe('Intended Use');
    expect(headingOf(dc, 'out-of-scope')).toBe('Unsuitable Use Case(s)');
    expect(headingOf(dc, 'distribution')).toBe('Access, Rentention, & Wipeout');
    expect(headingOf(dc, 'collection')).toBe('Provenance');
    expect(headingOf(dc, 'preprocessing')).toBe('Transformations');
    expect(headingOf(dc, 'maintenance')).toBe('Dataset Version and Maintenance');
    expect(headingOf(dc, 'sensitive-data')).toBe('Sensitivity of Data');
  });

  it('finds every Datasheets for Datasets section in a Spanish datasheet', () => {
    const sections = parseSections(card('datasheet_es.md'));
    expect(
      missingConcepts(sections, 'data', [
        'motivation',
        'composition',
        'collection',
        'preprocessing',
        'intended-use',
        'distribution',
        'maintenance',
      ]),
    ).toEqual([]);
    expect(findSection(sections, 'preprocessing')?.heading).toBe('Preprocesamiento, limpieza y etiquetado');
  });

  it('reads the old Hugging Face dataset card template', () => {
    const old = card('hf-dataset-card-old.md');
    expect(headingOf(old, 'composition')).toBe('Dataset Structure');
    expect(headingOf(old, 'motivation')).toBe('Curation Rationale');
    expect(headingOf(old, 'collection')).toBe('Source Data');
    expect(headingOf(old, 'sensitive-data')).toBe('Personal and Sensitive Information');
    expect(headingOf(old, 'limitations')).toBe('Considerations for Using the Data');
    expect(headingOf(old, 'ethical-considerations')).toBe('Discussion of Biases');
    expect(headingOf(old, 'license')).toBe('Licensing Information');
  });

  it("keeps every concept's patterns valid and names it in both languages", () => {
    for (const concept of SECTION_CONCEPTS) {
      expect(concept.label.es && concept.label.en, concept.id).toBeTruthy();
      expect(() => headingMatches('x', concept)).not.toThrow();
    }
  });
});

describe('fact finders', () => {
  it('finds the number of rows in prose, tables and front matter, in both number styles', () => {
    expect(findRowCount(card('hf-model-card.md'))).toMatchObject({ value: 7043, source: 'text' });
    expect(findRowCounts(card('hf-model-card.md')).map((f) => f.value)).toEqual([7043, 1409]);
    expect(findRowCount(card('model_card_es.md'))).toMatchObject({ value: 7043, line: 39 });
    expect(findRowCount(card('data-card.md'))).toMatchObject({ value: 7043, text: 'Number of Instances | 7043' });
    expect(findRowCount(card('datasheet_es.md'))).toMatchObject({ value: 284807 });
    expect(findRowCount(card('hf-dataset-card-old.md'))).toMatchObject({ value: 5000, source: 'front-matter' });
    expect(findRowCount('The table has 1.2M rows.')?.value).toBe(1_200_000);
    expect(findRowCount('Unos 10 mil registros')?.value).toBe(10_000);
    expect(findRowCount('df.shape → (891, 12)')?.value).toBe(891);
    expect(findRowCount('No numbers here.')).toBeUndefined();
  });

  it('parses quantities the way people write them', () => {
    expect(parseQuantity('7,043')).toBe(7043);
    expect(parseQuantity('7.043')).toBe(7043);
    expect(parseQuantity('1,5', 'millones')).toBe(1_500_000);
    expect(parseQuantity('12')).toBe(12);
  });

  it('finds dates written in ISO, day-first and in words (es, en)', () => {
    expect(findDate(card('hf-model-card.md'))).toMatchObject({ value: '2025-03-14' });
    expect(findDate(card('model_card_es.md'))).toMatchObject({ value: '2025-03-05', line: 4 });
    expect(findDate(card('datasheet_es.md'))).toMatchObject({ value: '2024-11-02', source: 'front-matter' });
    expect(
      findDates('Trained on March 3, 2025 and re-trained 12 June 2025; data from enero de 2025.').map((d) => d.value),
    ).toEqual(['2025-03-03', '2025-06-12', '2025-01']);
    expect(findDates('Invalid 2025-02-30 and 31/04/2024').map((d) => d.value)).toEqual([]);
  });

  it('finds the licence in HF front matter, a Licencia line, a section or an SPDX id', () => {
    expect(findLicense(card('hf-model-card.md'))).toMatchObject({
      value: { id: 'Apache-2.0', written: 'apache-2.0' },
      source: 'front-matter',
      line: 2,
    });
    expect(findLicense(card('model_card_es.md'))).toMatchObject({ value: { id: 'MIT' }, source: 'text', line: 4 });
    expect(findLicense(card('datasheet_es.md'))?.value.id).toBe('CC-BY-4.0');
    expect(findLicense(card('data-card.md'))?.value.id).toBe('CC-BY-NC-4.0');
    expect(findLicense('## License\n\nProprietary, internal use only.\n')).toMatchObject({
      value: { id: undefined, written: 'Proprietary, internal use only.' },
    });
    expect(findLicense('Released under the Apache License, Version 2.0.')?.value.id).toBe('Apache-2.0');
    expect(findLicense('Nothing about it.')).toBeUndefined();
  });

  it('finds the seed in code, config and prose (es, en)', () => {
    expect(findSeed(card('hf-model-card.md'))).toMatchObject({ value: 7 });
    expect(findSeed('- **Training regime:** learning_rate=0.05, random_state=42')).toMatchObject({ value: 42 });
    expect(findSeed(card('model_card_es.md'))).toMatchObject({ value: 2024 });
    expect(findSeed('We fixed the random seed to 13 for every split.')?.value).toBe(13);
    expect(findSeed('torch.manual_seed(1234)')?.value).toBe(1234);
    expect(findSeed('No randomness.')).toBeUndefined();
  });

  it('finds the version in a labelled line, front matter or prose', () => {
    expect(findVersion(card('hf-model-card.md'))).toMatchObject({ value: '2.3.0' });
    expect(findVersion(card('model_card_es.md'))).toMatchObject({ value: 'v1.4.2' });
    expect(findVersion(card('data-card.md'))).toMatchObject({ value: '2025.01' });
    expect(findVersion(card('datasheet_es.md'))).toMatchObject({ value: '1.1' });
    expect(findVersion('---\nversion: 0.9.1\n---\n# x\n')).toMatchObject({ value: '0.9.1', source: 'front-matter' });
    expect(findVersion('This is the second model we trained.')).toBeUndefined();
  });

  it('reads front matter only when it is a YAML mapping at the very top', () => {
    expect(frontMatter(card('hf-model-card.md'))?.data.library_name).toBe('sklearn');
    expect(frontMatter('# Title\n---\nlicense: mit\n---\n')).toBeUndefined();
    expect(frontMatter('---\n: : bad yaml [\n---\n')).toBeUndefined();
  });
});

describe('fact finders: more date forms', () => {
  it('reads the Data Cards month/year form and keeps reading order within a line', () => {
    expect(findDate(card('data-card.md'))).toMatchObject({ value: '2025-01', text: '**Last Updated:** 01/2025' });
    expect(findDates('Collected 2024-05 to 06/2024').map((d) => d.value)).toEqual(['2024-05', '2024-06']);
  });
});
