import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// DESIGN §2: cli → ui → {core, content, state, checks}; core imports nothing of the project.
const srcRoot = resolve(__dirname, '../../src');

type Folder = 'cli' | 'ui' | 'core' | 'content' | 'state' | 'checks' | 'i18n' | 'root';

interface ImportEdge {
  file: string;
  specifier: string;
  from: Folder;
  to: Folder;
  /** Path of the imported module relative to src/, without extension. */
  target: string;
  typeOnly: boolean;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

function folderOf(pathFromSrc: string): Folder {
  const parts = pathFromSrc.split(sep);
  return parts.length === 1 ? 'root' : (parts[0] as Folder);
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(node)) return node.isTypeOnly;
  const clause = node.importClause;
  if (!clause) return false;
  if (clause.isTypeOnly) return true;
  const bindings = clause.namedBindings;
  return (
    clause.name === undefined &&
    bindings !== undefined &&
    ts.isNamedImports(bindings) &&
    bindings.elements.length > 0 &&
    bindings.elements.every((element) => element.isTypeOnly)
  );
}

/** Every relative import, re-export and dynamic import() of a file, resolved to a folder of src/. */
function importsOf(file: string): ImportEdge[] {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const fromPath = relative(srcRoot, file);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, typeOnly: boolean): void => {
    if (!specifier.startsWith('.')) return;
    const absolute = resolve(dirname(file), specifier);
    const target = relative(srcRoot, absolute).replace(/\.(js|jsx|ts|tsx)$/, '');
    if (target.startsWith('..')) return;
    edges.push({ file: fromPath, specifier, from: folderOf(fromPath), to: folderOf(target), target, typeOnly });
  };
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      if (ts.isStringLiteral(node.moduleSpecifier)) add(node.moduleSpecifier.text, isTypeOnly(node));
    } else if (
      ts.isCallExpression(node) &&
      node.expression.kind === ts.SyntaxKind.ImportKeyword &&
      node.arguments[0] &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add(node.arguments[0].text, false);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      const literal = node.argument.literal;
      if (ts.isStringLiteral(literal)) add(literal.text, true);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

/** Why an edge breaks the direction, or undefined when it is allowed. */
function violation(edge: ImportEdge): string | undefined {
  const { from, to } = edge;
  if (from === to) return undefined;
  if (from === 'core') return 'core imports nothing of the project';
  if ((from === 'content' || from === 'state' || from === 'checks') && (to === 'ui' || to === 'cli')) {
    return `${from} must not import ${to} (cli → ui → {core, content, state, checks})`;
  }
  if (from === 'ui' && to === 'cli') return 'ui must not import cli (cli → ui)';
  if (from === 'i18n' && !(to === 'core' && edge.typeOnly && edge.target === join('core', 'types'))) {
    return 'i18n imports only i18n and types from core/types';
  }
  return undefined;
}

const edges = sourceFiles(srcRoot).flatMap(importsOf);

describe('dependency direction (DESIGN §2)', () => {
  it('reads the imports of the source tree', () => {
    // Guards against a parser or path mistake that would make every rule below pass vacuously.
    expect(edges.length).toBeGreaterThan(200);
    expect(edges.some((edge) => edge.from === 'ui' && edge.to === 'core')).toBe(true);
    expect(edges.some((edge) => edge.from === 'cli' && edge.to === 'ui')).toBe(true);
  });

  it('flags each kind of wrong import', () => {
    const edge = (file: string, target: string, typeOnly = false): ImportEdge => ({
      file,
      specifier: target,
      from: folderOf(file),
      to: folderOf(target),
      target,
      typeOnly,
    });
    expect(violation(edge(join('core', 'quiz.ts'), join('state', 'store')))).toMatch(/core/);
    expect(violation(edge(join('core', 'quiz.ts'), 'tools'))).toMatch(/core/);
    expect(violation(edge(join('checks', 'plan.ts'), join('cli', 'errors')))).toMatch(/checks/);
    expect(violation(edge(join('state', 'store.ts'), join('ui', 'app')))).toMatch(/state/);
    expect(violation(edge(join('ui', 'run.tsx'), join('cli', 'context'), true))).toMatch(/ui/);
    expect(violation(edge(join('i18n', 'en.ts'), join('core', 'quiz'), true))).toMatch(/i18n/);
    expect(violation(edge(join('i18n', 'en.ts'), join('core', 'types')))).toMatch(/i18n/);
    expect(violation(edge(join('i18n', 'en.ts'), join('core', 'types'), true))).toBeUndefined();
    expect(violation(edge(join('ui', 'app.tsx'), join('checks', 'plan')))).toBeUndefined();
    expect(violation(edge(join('checks', 'plan.ts'), 'package-root'))).toBeUndefined();
  });

  it('has no import against the direction', () => {
    const broken = edges.flatMap((edge) => {
      const reason = violation(edge);
      return reason ? [`${edge.file} imports '${edge.specifier}': ${reason}`] : [];
    });
    expect(broken).toEqual([]);
  });
});
