// A validation finding: the file, the field inside it, and what is wrong, in one line.
import type { z } from 'zod';

export interface ContentIssue {
  file: string;
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === 'number' ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    '',
  );
}

export function zodIssues(file: string, error: z.ZodError, prefix: readonly PropertyKey[] = []): ContentIssue[] {
  return error.issues.map((issue) => ({
    file,
    field: formatPath([...prefix, ...issue.path]) || '(root)',
    message: issue.message,
    severity: 'error' as const,
  }));
}

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.field}: ${issue.message}`;
}
