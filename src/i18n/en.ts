import { checkEn } from './check-en.js';
import { cliEn } from './cli-en.js';
import { deliverablesEn } from './deliverables-en.js';
import { practiceEn } from './practice-en.js';
import { pitchEn } from './pitch-en.js';
import { listOf } from './es.js';
import type { Messages } from './index.js';
import { helpEn } from './help-en.js';

export const en = (): Messages => ({
  appName: 'mlops-tutor',
  tagline: 'Your terminal companion to the 8-week MLOps Guide',
  keys: {
    move: '↑↓ move',
    open: 'Enter open',
    choose: 'Enter choose',
    back: 'b back',
    help: '? help',
    quit: 'q quit',
    backStep: 'b previous step',
    backShiftTab: 'Shift-Tab previous step',
    cancelEsc: 'Esc cancel',
    more: '↓/space more',
    moreLines: (n: number) => `↓ ${n} more ${n === 1 ? 'line' : 'lines'} · space/PgDn`,
    type: 'type and Enter',
  },
  onboarding: {
    title: 'Welcome',
    intro: "Let's set up your plan in four steps. You can change it later in Settings.",
    step: (n, total) => `Step ${n} of ${total}`,
    language: 'Language',
    languageQuestion: 'Which language do you want to study in?',
    startDate: 'Start date',
    startDateQuestion: 'Which day do you start? (YYYY-MM-DD; Enter for today)',
    invalidDate: 'That date does not exist: write it as YYYY-MM-DD, for example 2026-12-01.',
    pace: 'Pace',
    paceQuestion: 'In how many weeks do you want to finish the programme?',
    paceOption: (weeks) =>
      weeks === 8
        ? `${weeks} weeks (the syllabus pace)`
        : weeks === 6
          ? `${weeks} weeks (intensive)`
          : `${weeks} weeks (relaxed)`,
    workspace: 'Workspace folder',
    workspaceQuestion: 'Where will you keep your mini-projects? (Enter for the current folder)',
    workspaceNotDir: (dir: string) => `${dir} exists and is not a folder: type another path.`,
    workspaceUnwritable: (dir: string, code: string) =>
      `Cannot create ${dir} (${code}): type a folder you have permission for.`,
    createQuestion: (dir: string) => `The folder ${dir} does not exist yet.`,
    createYes: 'Create it and use it',
    createNo: 'Type another folder',
    workspaceMissing: (dir) => `The folder ${dir} does not exist: create it or type another.`,
    ready: 'Done! Your plan is saved.',
  },
  home: {
    week: (week, total) => `Week ${week} of ${total}`,
    startsIn: (days) => (days === 1 ? 'You start tomorrow' : `You start in ${days} days`),
    planComplete: 'Plan complete: keep practising with drills',
    thisWeek: 'This week',
    interviewWeek: 'Interview preparation',
    drillLevel: (level) => `Drill level: ${level}`,
    continue: (id, title) => `Continue: ${id} ${title}`,
    allDone: 'Every module has passed',
    plan: 'Plan by week',
    route: 'Route 0 → Senior/Staff',
    settings: 'Settings',
    help: 'Help',
    quit: 'Quit',
    weekShort: (week) => `W${week}`,
    weekHeading: (week) => `Week ${week}`,
    passed: (done, total) => `${done}/${total} passed`,
    bestOf: (best: number) => `(best ${best})`,
    overdue: (count) => `${count} ${count === 1 ? 'module' : 'modules'} behind`,
    progress: (passed, total, lessons, quizzes) =>
      `${passed}/${total} passed · ${lessons} ${lessons === 1 ? 'lesson' : 'lessons'} · ${quizzes} ${quizzes === 1 ? 'quiz' : 'quizzes'}`,
    level: (label, score) => `Level: ${label} (avg ${score})`,
    noLevel: 'Level: no check run yet',
    streak: (days) => (days === 0 ? 'no streak yet' : `${days}-day streak`),
    behind: (ids) => `Behind: ${ids} · catch up first`,
    ahead: 'Ahead of plan: get a start on next week',
    today: 'Today',
    step: { lesson: (id) => `Read lesson ${id}`, quiz: (id) => `Quiz ${id}`, check: (id) => `Check ${id}` },
    stepShort: { lesson: 'lesson', quiz: 'quiz', check: 'check' },
    modulePassed: (id) => `Module ${id} passed`,
    stepTodo: 'to do',
    lessonRead: 'read ✓',
    lessonAt: (pct) => `${pct} % read`,
    quizPassed: (best) => `passed ${best} % ✓`,
    quizBest: (best) => `best ${best} % · 70 passes`,
    checkPassed: (score) => `passed ${score} ✓`,
    checkLast: (score) => `${score} · 70 passes`,
    keys: 'd drill · r review · s stats · p plan · / find',
    find: 'Find a module: ',
    findNone: 'No module matches',
    findKeys: 'type · ↑↓ · Enter open · Esc cancel',
  },
  watch: {
    alone: '--watch runs until Ctrl-C and cannot be combined with --json or --junit: drop one of them.',
    watching: (dirs: string, poll: boolean) =>
      `Watching ${dirs}${poll ? ' (polling every second)' : ''}: save a file to check again · Ctrl-C stops`,
    saved: (files: string) => `Saved: ${files}. Checking again…`,
    changes: (module: string, from: number, to: number, items: string) =>
      `Since the last run, ${module}: ${from} → ${to} (${items})`,
    noChange: (module: string, score: number) => `Since the last run, ${module}: no change (${score})`,
    stopped: 'Watch stopped.',
  },
  levels: { junior: 'junior', mid: 'mid', senior: 'senior' },
  status: {
    'not-started': 'not started',
    'in-progress': 'in progress',
    done: 'passed',
    behindBy: (weeks: number) => `behind by ${weeks} ${weeks === 1 ? 'week' : 'weeks'}`,
    overdue: 'behind',
  },
  module: {
    title: (id, title) => `Module ${id} · ${title}`,
    meta: (week, days) => `Week ${week} · ${days} ${days === 1 ? 'day' : 'days'}`,
    objectives: 'Objectives',
    deliverables: 'Deliverables',
    miniProject: 'Mini-project',
    validate: 'How it is validated',
    folder: (path) => `Folder: ${path}`,
    checkScore: (last: number, best: number) =>
      `Last checker score: ${last}/100${best > last ? ` (best ${best})` : ''}`,
    checkItems: 'Item by item',
    neutralLevel: (score: number) =>
      score >= 90
        ? 'excellent'
        : score >= 80
          ? 'very good'
          : score >= 70
            ? 'good'
            : score >= 60
              ? 'almost there'
              : 'still developing',
    checkKey: 'c check',
  },
  lesson: {
    title: (id, title) => `Lesson ${id} · ${title}`,
    progress: (percent, read, total) => `${percent} % · ${read}/${total} sections`,
    scroll: '↑↓ PgUp/PgDn g/G',
    searchKey: '/ search',
    nextKey: 'n/N next/previous',
    matches: (query: string, n: number, total: number) => `“${query}”: ${n} of ${total} · n next, N previous`,
    noMatch: (query: string) => `No line contains “${query}”.`,
    contentsKey: 't contents',
    contents: 'Contents',
    jump: 'Enter jump',
    done: '✓ Lesson read',
    open: 'l lesson',
    missing: (id) => `The lesson of module ${id} is not available in this language.`,
    status: (percent) => `lesson ${percent}`,
    checkpoint: {
      title: (section) => `Checkpoint · ${section}`,
      question: (n, total) => `question ${n} of ${total}`,
      intro: 'Check what you just read:',
      skip: 's skip',
      backToText: 'PgUp text',
      next: 'Enter next',
      resume: 'Enter continue reading',
      passed: '✓',
    },
    read: 'lesson read',
  },
  plan: {
    now: '(now)',
    drill: (level) => `${level} drills`,
    interview: (level) => `Interview preparation: ${level}-level drills, reviewing misses and the portfolio`,
    days: (days) => `${days} ${days === 1 ? 'day' : 'days'}`,
    total: (days) => `Total: ${days} days`,
    pace: (weeks) => `${weeks}-week pace`,
  },
  route: {
    intro:
      'The 0 → Senior/Staff route groups the guide into macro-modules by maturity. It does not replace the weekly plan: it shows where each module grows.',
    goal: 'Goal',
    includes: 'Includes',
    modules: 'Course modules',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    pace: 'Pace',
    startDate: 'Start date',
    drillLevel: 'Drill level',
    followWeek: (level: string) => `the week's (${level} now)`,
    workspace: 'Workspace folder',
    paceValue: (weeks) => `${weeks} weeks`,
    saved: 'Saved.',
  },
  help: helpEn(),
  notices: {
    corrupt: (movedTo) => `Your progress file was damaged; I moved it to ${movedTo} and started a fresh one.`,
    repaired: (movedTo, dropped) =>
      `Part of your progress file was damaged: I kept everything valid and dropped ${listOf(dropped, 'and', 'more')}; the original is in ${movedTo}.`,
    damagedKept: (path) =>
      `Your progress file ${path} is damaged and I could not keep a copy of it (read-only folder or full disk): I read what is valid and leave the file as it is.`,
  },
  store: {
    notAFolder: (path) => `${path} is not a folder: choose a folder for your progress with --home or MLOPS_TUTOR_HOME.`,
    unwritable: (path) => `Cannot write progress to ${path}: choose a writable folder with --home or MLOPS_TUTOR_HOME.`,
    notAFile: (path) => `${path} is not a regular file: move or delete it and try again.`,
    futureVersion: (version) =>
      `The progress file was written by a newer mlops-tutor (schema ${version}): update mlops-tutor to read it.`,
    locked: (holder) =>
      `another mlops-tutor process${holder ? ` (pid ${holder})` : ''} holds the progress file; run it again when that one ends`,
    noSpace: (path) => `the disk holding ${path} is full; free some space and run it again`,
    readOnly: (path) => `${path} cannot be written`,
    writeFailed: (path, code) => `writing ${path} failed (${code})`,
    resultNotSaved: (why) => `This result was not saved: ${why}.`,
    resetNotSaved: (why) => `Nothing was forgotten: ${why}.`,
    changesNotSaved: (why) => `Your last changes were not saved: ${why}.`,
  },
  cli: cliEn(),
  langName: { es: 'Español', en: 'English' },
  check: checkEn(),
  practice: practiceEn(),
  deliverables: deliverablesEn(),
  pitch: pitchEn(),
});
