import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { Box, Text } from 'ink';
import { useState } from 'react';
import { PACES, type Lang, type Pace } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { Profile } from '../../state/schema.js';
import { Frame } from '../components/frame.js';
import { ScrollList } from '../components/scroll-list.js';
import { TextField } from '../components/text-field.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';

export interface SettingsProps {
  t: Messages;
  profile: Profile;
  active: boolean;
  onChange: (change: Partial<Pick<Profile, 'language' | 'paceWeeks' | 'workspace'>>) => void;
  /** Text editing is on: the app must not treat letters as shortcuts. */
  onEditing: (editing: boolean) => void;
}

export function nextPace(pace: Pace): Pace {
  return PACES[(PACES.indexOf(pace) + 1) % PACES.length]!;
}

/** Language and pace change with Enter; the workspace opens a text field. Every change is saved at once. */
export function Settings({ t, profile, active, onChange, onEditing }: SettingsProps) {
  const { columns } = useTerminalSize();
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const rows = [
    { key: 'language', label: t.settings.language, detail: t.langName[profile.language] },
    { key: 'pace', label: t.settings.pace, detail: t.settings.paceValue(profile.paceWeeks) },
    { key: 'workspace', label: t.settings.workspace, detail: '' },
  ];
  const stopEditing = () => {
    setEditing(false);
    onEditing(false);
  };
  return (
    <Frame title={`mlops-tutor · ${t.settings.title}`} hints={editing ? [t.keys.type] : [t.keys.move, t.keys.choose, t.keys.back, t.keys.quit]}>
      <ScrollList
        rows={rows}
        height={rows.length}
        width={Math.max(20, columns)}
        active={active && !editing}
        initialKey="language"
        onSelect={(row) => {
          setError(undefined);
          if (row.key === 'language') onChange({ language: (profile.language === 'es' ? 'en' : 'es') as Lang });
          else if (row.key === 'pace') onChange({ paceWeeks: nextPace(profile.paceWeeks) });
          else {
            setEditing(true);
            onEditing(true);
          }
        }}
      />
      <Box marginTop={1} flexDirection="column">
        <Text dimColor wrap="wrap">
          {profile.workspace}
        </Text>
        {editing ? (
          <TextField
            placeholder={profile.workspace}
            active={active}
            onSubmit={(value) => {
              const dir = resolve(value);
              if (!existsSync(dir) || !statSync(dir).isDirectory()) setError(t.onboarding.workspaceMissing(dir));
              else {
                onChange({ workspace: dir });
                setError(undefined);
              }
              stopEditing();
            }}
          />
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
