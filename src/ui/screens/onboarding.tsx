import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Box, Text } from 'ink';
import { useMemo, useReducer } from 'react';
import { parseDay } from '../../core/schedule.js';
import { PACES, type Lang, type Pace } from '../../core/types.js';
import { messages } from '../../i18n/index.js';
import { TextField } from '../components/text-field.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
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
  error?: string | undefined;
}

type DraftAction = { type: 'language'; value: Lang } | { type: 'start'; value: string } | { type: 'pace'; value: Pace } | { type: 'error'; message: string };

function draftReducer(draft: Draft, action: DraftAction): Draft {
  switch (action.type) {
    case 'language':
      return { ...draft, language: action.value, step: 'start', error: undefined };
    case 'start':
      return { ...draft, startDate: action.value, step: 'pace', error: undefined };
    case 'pace':
      return { ...draft, paceWeeks: action.value, step: 'workspace', error: undefined };
    case 'error':
      return { ...draft, error: action.message };
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
  const { columns } = useTerminalSize();
  const languageRows = useMemo(
    () => (suggestedLanguage === 'es' ? (['es', 'en'] as const) : (['en', 'es'] as const)).map((lang) => ({ key: lang, label: t.langName[lang] })),
    [suggestedLanguage],
  );
  // The syllabus pace first: Enter alone keeps it.
  const paceRows = useMemo(
    () => ([8, ...PACES.filter((pace) => pace !== 8)] as Pace[]).map((pace) => ({ key: String(pace), label: t.onboarding.paceOption(pace) })),
    [draft.language],
  );
  const listWidth = Math.max(20, columns);

  const submitDate = (value: string) => {
    if (parseDay(value) === undefined) dispatch({ type: 'error', message: t.onboarding.invalidDate });
    else dispatch({ type: 'start', value });
  };
  const submitWorkspace = (value: string) => {
    const dir = resolve(value);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) dispatch({ type: 'error', message: t.onboarding.workspaceMissing(dir) });
    else onDone({ language: draft.language, startDate: draft.startDate!, paceWeeks: draft.paceWeeks!, workspace: dir });
  };

  const question = {
    language: 'Idioma / Language',
    start: t.onboarding.startDateQuestion,
    pace: t.onboarding.paceQuestion,
    workspace: t.onboarding.workspaceQuestion,
  }[draft.step];
  const textStep = draft.step === 'start' || draft.step === 'workspace';
  return (
    <Frame
      title={`mlops-tutor · ${t.onboarding.title}`}
      context={t.onboarding.step(index + 1, STEPS.length)}
      hints={textStep ? [t.keys.type, 'Ctrl-C'] : [t.keys.move, t.keys.choose, 'Ctrl-C']}
      notice={notice}
    >
      {index === 0 ? <Text wrap="wrap">{`${messages('es').onboarding.intro}\n${messages('en').onboarding.intro}`}</Text> : null}
      <Box marginTop={1} flexDirection="column">
        <Text bold wrap="wrap">
          {question}
        </Text>
        {draft.step === 'language' ? (
          <ScrollList key="language" rows={languageRows} height={languageRows.length} width={listWidth} onSelect={(row) => dispatch({ type: 'language', value: row.key as Lang })} />
        ) : null}
        {draft.step === 'start' ? <TextField key="start" placeholder={today} onSubmit={submitDate} /> : null}
        {draft.step === 'pace' ? (
          <ScrollList key="pace" rows={paceRows} height={paceRows.length} width={listWidth} onSelect={(row) => dispatch({ type: 'pace', value: Number(row.key) as Pace })} />
        ) : null}
        {draft.step === 'workspace' ? <TextField key="workspace" placeholder={defaultWorkspace} onSubmit={submitWorkspace} /> : null}
        {draft.error ? (
          <Text color="red" wrap="wrap">
            {draft.error}
          </Text>
        ) : null}
      </Box>
    </Frame>
  );
}
