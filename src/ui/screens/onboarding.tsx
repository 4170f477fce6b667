import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Box, Text } from 'ink';
import { useMemo, useReducer } from 'react';
import { parseDay } from '../../core/schedule.js';
import { PACES, type Lang, type Pace } from '../../core/types.js';
import { messages } from '../../i18n/index.js';
import { TextField } from '../components/text-field.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
import { useKeys } from '../hooks/use-keys.js';
import { onboardingKeyToAction } from '../keys/app.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';

export interface OnboardingResult {
  language: Lang;
  startDate: string;
  paceWeeks: Pace;
  workspace: string;
}

type Step = 'language' | 'start' | 'pace' | 'workspace';
const STEPS: Step[] = ['language', 'start', 'pace', 'workspace'];

interface Draft {
  step: Step;
  language: Lang;
  startDate?: string;
  paceWeeks?: Pace;
  workspace?: string;
  /** What was typed in the current text step, kept when it was refused. */
  typed?: string | undefined;
  /** A workspace folder that does not exist yet: the learner is asked whether to create it. */
  create?: string | undefined;
  error?: string | undefined;
}

type DraftAction =
  | { type: 'language'; value: Lang }
  | { type: 'start'; value: string }
  | { type: 'pace'; value: Pace }
  | { type: 'error'; message: string; typed?: string | undefined }
  | { type: 'ask-create'; dir: string }
  | { type: 'cancel-create' }
  | { type: 'back' };

export function draftReducer(draft: Draft, action: DraftAction): Draft {
  const clean = { error: undefined, typed: undefined, create: undefined };
  switch (action.type) {
    case 'language':
      return { ...draft, ...clean, language: action.value, step: 'start' };
    case 'start':
      return { ...draft, ...clean, startDate: action.value, step: 'pace' };
    case 'pace':
      return { ...draft, ...clean, paceWeeks: action.value, step: 'workspace' };
    case 'error':
      return { ...draft, error: action.message, typed: action.typed, create: undefined };
    case 'ask-create':
      return { ...draft, error: undefined, create: action.dir, typed: action.dir };
    case 'cancel-create':
      return { ...draft, create: undefined };
    case 'back': {
      if (draft.create) return { ...draft, create: undefined };
      const index = STEPS.indexOf(draft.step);
      return index === 0 ? draft : { ...draft, ...clean, step: STEPS[index - 1]! };
    }
  }
}

export interface OnboardingProps {
  suggestedLanguage: Lang;
  today: string;
  defaultWorkspace: string;
  notice?: string | undefined;
  onDone: (result: OnboardingResult) => void;
}

/** First run: language, start date, pace, workspace. Each step has a default so Enter ×4 works. */
export function Onboarding({ suggestedLanguage, today, defaultWorkspace, notice, onDone }: OnboardingProps) {
  const [draft, dispatch] = useReducer(draftReducer, { step: 'language', language: suggestedLanguage });
  const t = messages(draft.language);
  const index = STEPS.indexOf(draft.step);
  const textStep = (draft.step === 'start' || draft.step === 'workspace') && !draft.create;
  const { columns } = useTerminalSize();
  const languageRows = useMemo(
    () =>
      (suggestedLanguage === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const)).map((lang) => ({
        key: lang,
        label: t.langName[lang],
      })),
    [suggestedLanguage, t.langName],
  );
  // The syllabus pace first: Enter alone keeps it.
  const paceRows = useMemo(
    () =>
      ([8, ...PACES.filter((pace) => pace !== 8)] as Pace[]).map((pace) => ({
        key: String(pace),
        label: t.onboarding.paceOption(pace),
      })),
    [t.onboarding],
  );
  const listWidth = Math.max(20, columns);

  const submitDate = (value: string) => {
    if (parseDay(value) === undefined) dispatch({ type: 'error', message: t.onboarding.invalidDate, typed: value });
    else dispatch({ type: 'start', value });
  };
  const finish = (dir: string) =>
    onDone({ language: draft.language, startDate: draft.startDate!, paceWeeks: draft.paceWeeks!, workspace: dir });
  const submitWorkspace = (value: string) => {
    const dir = resolve(value);
    if (!existsSync(dir)) dispatch({ type: 'ask-create', dir });
    else if (!statSync(dir).isDirectory())
      dispatch({ type: 'error', message: t.onboarding.workspaceNotDir(dir), typed: value });
    else finish(dir);
  };
  const createWorkspace = (dir: string) => {
    try {
      mkdirSync(dir, { recursive: true });
    } catch (error) {
      dispatch({
        type: 'error',
        message: t.onboarding.workspaceUnwritable(dir, (error as NodeJS.ErrnoException).code ?? 'EIO'),
        typed: dir,
      });
      return;
    }
    finish(dir);
  };
  const createRows = useMemo(
    () => [
      { key: 'yes', label: t.onboarding.createYes },
      { key: 'no', label: t.onboarding.createNo },
    ],
    [t.onboarding],
  );
  // Back: `b` where letters are not input (the lists), Shift-Tab everywhere.
  useKeys((input, key) => {
    if (onboardingKeyToAction(input, key, { textStep }) === 'back') dispatch({ type: 'back' });
  });

  const question = {
    language: 'Idioma / Language',
    start: t.onboarding.startDateQuestion,
    pace: t.onboarding.paceQuestion,
    workspace: t.onboarding.workspaceQuestion,
  }[draft.step];
  return (
    <Frame
      title={`mlops-tutor · ${t.onboarding.title}`}
      context={t.onboarding.step(index + 1, STEPS.length)}
      hints={[
        ...(textStep ? [t.keys.type] : [t.keys.move, t.keys.choose]),
        ...(index > 0 ? [textStep ? t.keys.backShiftTab : t.keys.backStep] : []),
        'Ctrl-C',
      ]}
      notice={notice}
    >
      {index === 0 ? (
        <Text wrap="wrap">{`${messages('es').onboarding.intro}\n${messages('en').onboarding.intro}`}</Text>
      ) : null}
      <Box marginTop={1} flexDirection="column">
        <Text bold wrap="wrap">
          {question}
        </Text>
        {draft.step === 'language' ? (
          <ScrollList
            key="language"
            rows={languageRows}
            height={languageRows.length}
            width={listWidth}
            onSelect={(row) => dispatch({ type: 'language', value: row.key as Lang })}
          />
        ) : null}
        {draft.step === 'start' ? (
          <TextField key="start" placeholder={today} initialValue={draft.typed} onSubmit={submitDate} />
        ) : null}
        {draft.step === 'pace' ? (
          <ScrollList
            key="pace"
            rows={paceRows}
            height={paceRows.length}
            width={listWidth}
            onSelect={(row) => dispatch({ type: 'pace', value: Number(row.key) as Pace })}
          />
        ) : null}
        {draft.step === 'workspace' && !draft.create ? (
          <TextField
            key="workspace"
            placeholder={defaultWorkspace}
            initialValue={draft.typed}
            onSubmit={submitWorkspace}
          />
        ) : null}
        {draft.step === 'workspace' && draft.create ? (
          <Box flexDirection="column">
            <Text wrap="wrap">{t.onboarding.createQuestion(draft.create)}</Text>
            <ScrollList
              key="create"
              rows={createRows}
              height={createRows.length}
              width={listWidth}
              onSelect={(row) =>
                row.key === 'yes' ? createWorkspace(draft.create!) : dispatch({ type: 'cancel-create' })
              }
            />
          </Box>
        ) : null}
        {draft.error ? (
          <Text color="red" wrap="wrap">
            {draft.error}
          </Text>
        ) : null}
      </Box>
    </Frame>
  );
}
