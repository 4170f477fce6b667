// The parsers never build sentences: they return a code and its arguments, and the checker turns
// them into Spanish or English through src/i18n. Each parser documents its own codes beside their type.
export type FindingArgs = Record<string, string | number>;

export interface Finding<C extends string = string> {
  code: C;
  args: FindingArgs;
  /** Project-relative file the finding is about, when there is one. */
  file?: string | undefined;
  /** 1-based line in that file. */
  line?: number | undefined;
}

export const finding = <C extends string>(code: C, args: FindingArgs = {}, file?: string, line?: number): Finding<C> => ({
  code,
  args,
  ...(file === undefined ? {} : { file }),
  ...(line === undefined ? {} : { line }),
});

/** `file:line`, the way editors and compilers print a place. */
export const where = (file: string | undefined, line?: number): string => (file === undefined ? '' : line === undefined ? file : `${file}:${line}`);
