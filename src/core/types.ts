// Domain types shared by every layer. Pure data: no behaviour, no imports.

export const LANGS = ['es', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A text in both languages the product speaks. */
export type Localized = Record<Lang, string>;

export const MODULE_IDS = ['00', '01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11'] as const;
export type ModuleId = (typeof MODULE_IDS)[number];

export const LEVELS = ['junior', 'mid', 'senior'] as const;
export type Level = (typeof LEVELS)[number];

export const PACES = [6, 8, 12] as const;
export type Pace = (typeof PACES)[number];

export interface SyllabusModule {
  id: ModuleId;
  slug: string;
  title: Localized;
  durationDays: number;
  objectives: Localized[];
  deliverables: Localized[];
  miniProject: Localized;
  validate: Localized;
}

export interface PlanWeek {
  modules: ModuleId[];
  drill: Level;
  interview?: boolean | undefined;
}

export interface Plan {
  paceWeeks: Pace;
  weeks: PlanWeek[];
}

export interface MacroModule {
  id: string;
  title: Localized;
  goal: Localized;
  includes: Localized;
  modules: ModuleId[];
}

export const RUBRIC_CATEGORIES = ['functionality', 'quality', 'docs', 'reproducibility', 'tests'] as const;
export type RubricCategory = (typeof RUBRIC_CATEGORIES)[number];

export interface Rubric {
  passScore: number;
  categories: { id: RubricCategory; points: number; title: Localized; description: Localized }[];
  levels: { min: number; label: Localized }[];
}

export interface Syllabus {
  modules: SyllabusModule[];
  plans: Plan[];
  route: MacroModule[];
  rubric: Rubric;
}
