// Every content file through the schemas and the cross-file rules, plus what only Python can check.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContent, type ContentSet } from '../../src/content/load.js';
import { BANK_SIZES, TOPICS } from '../../src/content/schemas.js';
import { validateContent, type ContentReport } from '../../src/content/validate.js';
import { MODULE_IDS } from '../../src/core/types.js';
import { repoRoot } from '../helpers/syllabus.js';

let content: ContentSet;
let report: ContentReport;
beforeAll(() => {
  content = loadContent(repoRoot);
  report = validateContent(content);
});

describe('the repository content', () => {
  it('passes every schema and rule with no errors', () => {
    expect(report.issues.filter((issue) => issue.severity === 'error')).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('has a lesson per module in both languages', () => {
    expect(report.counts.lessons.byLanguage).toEqual({ es: 12, en: 12 });
    for (const id of MODULE_IDS) expect(report.counts.lessons.byModule[id]?.sort()).toEqual(['en', 'es']);
  });

  it('has interview banks of exactly 50 / 60 / 115 with the guide’s topic counts, module practice on top', () => {
    expect(report.counts.questions.byLevel).toEqual(BANK_SIZES);
    for (const level of ['junior', 'mid', 'senior'] as const)
      expect(report.counts.questions.byTopic[level]).toEqual(TOPICS[level]);
  });

  it('gives every module at least 10 auto-graded questions for its quiz', () => {
    for (const id of MODULE_IDS) expect(report.counts.questions.autoGradedByModule[id]).toBeGreaterThanOrEqual(10);
  });

  it('spreads the right answer over the four positions', () => {
    for (const level of ['junior', 'mid', 'senior'] as const) {
      const singles = content.questions.filter((q) => q.level === level && q.type === 'single');
      for (const position of [0, 1, 2, 3]) {
        const share = singles.filter((q) => q.type === 'single' && q.answer[0] === position).length / singles.length;
        expect(share, `${level} position ${position}`).toBeLessThanOrEqual(0.4);
      }
    }
  });

  it('parses every Python, YAML and JSON block of every lesson', () => {
    const python: { file: string; line: number; code: string }[] = [];
    for (const lesson of content.lessons) {
      for (const block of lesson.outline.codeBlocks) {
        const where = `${lesson.file} (body line ${block.line})`;
        if (block.lang === 'yaml' || block.lang === 'yml') expect(() => parseYaml(block.code), where).not.toThrow();
        if (block.lang === 'json') expect(() => JSON.parse(block.code), where).not.toThrow();
        if (block.lang === 'python') python.push({ file: lesson.file, line: block.line, code: block.code });
      }
    }
    expect(python.length).toBeGreaterThan(24);
    // One python process checks every block with ast.parse and names the ones that fail.
    const script =
      'import ast, json, sys\nfailed = []\nfor b in json.load(sys.stdin):\n    try:\n        ast.parse(b["code"])\n    except SyntaxError as e:\n        failed.append(f\'{b["file"]}:{b["line"]}: {e}\')\nprint(json.dumps(failed))';
    const out = execFileSync('python3', ['-c', script], { input: JSON.stringify(python), encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([]);
  });
});

describe('validation errors name the file, the field and the problem', () => {
  function fixture(): string {
    const dir = mkdtempSync(join(tmpdir(), 'mlops-content-'));
    cpSync(join(repoRoot, 'syllabus.yaml'), join(dir, 'syllabus.yaml'));
    mkdirSync(join(dir, 'quizzes'));
    mkdirSync(join(dir, 'lessons', 'es'), { recursive: true });
    return dir;
  }

  it('reports a bad question field by file, id and field', () => {
    const dir = fixture();
    writeFileSync(
      join(dir, 'quizzes', 'junior.yaml'),
      [
        'level: junior',
        'questions:',
        '  - id: jr-py-01',
        '    topic: python-basics',
        '    modules: ["01"]',
        '    type: single',
        '    difficulty: 2',
        '    prompt: { es: "¿Qué devuelve len([])?", en: "What does len([]) return?" }',
        '    options: [{ es: "0", en: "0" }, { es: "1", en: "1" }, { es: "None", en: "None" }]',
        '    answer: [0]',
        '    explanation: { es: "Lista vacía.", en: "" }',
      ].join('\n'),
    );
    const issues = validateContent(loadContent(dir)).issues.filter((issue) => issue.severity === 'error');
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'quizzes/junior.yaml',
          field: 'questions[0] (jr-py-01).options',
          message: 'must have exactly 4 options',
        }),
        expect.objectContaining({
          file: 'quizzes/junior.yaml',
          field: 'questions[0] (jr-py-01).explanation.en',
          message: 'must not be empty',
        }),
      ]),
    );
  });

  it('reports a lesson with a wrong front-matter field and missing sections', () => {
    const dir = fixture();
    writeFileSync(
      join(dir, 'lessons', 'es', '01-modern-python.md'),
      '---\nid: "1"\nslug: modern-python\n---\n\n## Objetivos\n\nTexto.\n',
    );
    const issues = validateContent(loadContent(dir)).issues;
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'lessons/es/01-modern-python.md',
          field: 'id',
          message: 'must be a module id 00–11',
        }),
      ]),
    );
  });

  it('reports invalid YAML with its position', () => {
    const dir = fixture();
    writeFileSync(join(dir, 'quizzes', 'mid.yaml'), 'level: mid\nquestions: [\n');
    const [issue] = validateContent(loadContent(dir)).issues.filter((i) => i.severity === 'error');
    expect(issue).toMatchObject({ file: 'quizzes/mid.yaml', field: '(file)' });
    expect(issue!.message).toMatch(/^is not valid YAML: .*line/);
  });
});
