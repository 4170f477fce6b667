import { existsSync, mkdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { parseDay } from '../../core/schedule.js';
import { LEVELS, PACES, type Lang, type Level, type Pace } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { Profile } from '../../state/schema.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
import { TextField } from '../components/text-field.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';

type Change = Partial<Pick<Profile, 'language' | 'paceWeeks' | 'workspace' | 'startDate' | 'drillLevel'>>;

export interface SettingsProps {
  t: Messages;
  profile: Profile;
  /** The drill level the syllabus gives the current week (what "follow the week" means today). */
  weekLevel: Level;
  active: boolean;
  onChange: (change: Change) => void;
  /** Text editing is on: the app must not treat letters as shortcuts. */
  onEditing: (editing: boolean) => void;
}

export function nextPace(pace: Pace): Pace {
  return PACES[(PACES.indexOf(pace) + 1) % PACES.length]!;
}

/** Follow the week → junior → mid → senior → follow the week. */
export function nextDrillLevel(level: Level | undefined): Level | undefined {
  if (level === undefined) return LEVELS[0];
  const index = LEVELS.indexOf(level);
  return index === LEVELS.length - 1 ? undefined : LEVELS[index + 1];
}

type Editing = 'startDate' | 'workspace' | undefined;

/** Language, pace and drill level change with Enter; the start date and workspace open a text field. Every change is saved at once. */
export function Settings({ t, profile, weekLevel, active, onChange, onEditing }: SettingsProps) {
  const { columns } = useTerminalSize();
  const [editing, setEditingState] = useState<Editing>();
  const [error, setError] = useState<string | undefined>();
  const [create, setCreate] = useState<string | undefined>();
  const width = Math.max(20, columns);
  const rows = [
    { key: 'language', label: t.settings.language, detail: t.langName[profile.language] },
    { key: 'pace', label: t.settings.pace, detail: t.settings.paceValue(profile.paceWeeks) },
    { key: 'startDate', label: t.settings.startDate, detail: profile.startDate },
    {
      key: 'drillLevel',
      label: t.settings.drillLevel,
      detail: profile.drillLevel ? t.levels[profile.drillLevel] : t.settings.followWeek(t.levels[weekLevel]),
    },
    { key: 'workspace', label: t.settings.workspace, detail: '' },
  ];
  const setEditing = (field: Editing) => {
    setEditingState(field);
    onEditing(field !== undefined);
  };
  const chooseWorkspace = (dir: string) => {
    onChange({ workspace: dir });
    setCreate(undefined);
    setEditing(undefined);
  };
  const createRows = [
    { key: 'yes', label: t.onboarding.createYes },
    { key: 'no', label: t.onboarding.createNo },
  ];
  return (
    <Frame
      title={`mlops-tutor · ${t.settings.title}`}
      hints={editing ? [t.keys.type, t.keys.cancelEsc] : [t.keys.move, t.keys.choose, t.keys.back, t.keys.quit]}
    >
      <ScrollList
        rows={rows}
        height={rows.length}
        width={width}
        active={active && !editing && !create}
        initialKey="language"
        onSelect={(row) => {
          setError(undefined);
          if (row.key === 'language') onChange({ language: (profile.language === 'es' ? 'en' : 'es') as Lang });
          else if (row.key === 'pace') onChange({ paceWeeks: nextPace(profile.paceWeeks) });
          else if (row.key === 'drillLevel') onChange({ drillLevel: nextDrillLevel(profile.drillLevel) });
          else setEditing(row.key as Editing);
        }}
      />
      <Box marginTop={1} flexDirection="column">
        <Text dimColor wrap="wrap">
          {profile.workspace}
        </Text>
        {editing === 'startDate' ? (
          <TextField
            key="startDate"
            placeholder={profile.startDate}
            active={active}
            onCancel={() => setEditing(undefined)}
            onSubmit={(value) => {
              if (parseDay(value) === undefined) {
                setError(t.onboarding.invalidDate);
                return;
              }
              setError(undefined);
              onChange({ startDate: value });
              setEditing(undefined);
            }}
          />
        ) : null}
        {editing === 'workspace' && !create ? (
          <TextField
            key="workspace"
            placeholder={profile.workspace}
            active={active}
            onCancel={() => setEditing(undefined)}
            onSubmit={(value) => {
              const dir = resolve(value);
              if (!existsSync(dir)) setCreate(dir);
              else if (!statSync(dir).isDirectory()) setError(t.onboarding.workspaceNotDir(dir));
              else {
                setError(undefined);
                chooseWorkspace(dir);
              }
            }}
          />
        ) : null}
        {create ? (
          <Box flexDirection="column">
            <Text wrap="wrap">{t.onboarding.createQuestion(create)}</Text>
            <ScrollList
              key="create"
              rows={createRows}
              height={createRows.length}
              width={width}
              active={active}
              onSelect={(row) => {
                if (row.key === 'no') return setCreate(undefined);
                try {
                  mkdirSync(create, { recursive: true });
                  chooseWorkspace(create);
                } catch (failure) {
                  setError(t.onboarding.workspaceUnwritable(create, (failure as NodeJS.ErrnoException).code ?? 'EIO'));
                  setCreate(undefined);
                }
              }}
            />
          </Box>
        ) : null}
        {error ? (
          <Text color="red" wrap="wrap">
            {error}
          </Text>
        ) : null}
      </Box>
    </Frame>
  );
}
