import { Box, Text } from 'ink';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';

export type HelpScreen = keyof Messages['help']['screens'];

export interface HelpProps {
  t: Messages;
  notice?: string | undefined;
  screen?: HelpScreen | undefined;
  /** A screen's keys given directly (the practice screens keep theirs in the practice catalogue). */
  own?: { name: string; keys: readonly string[] } | undefined;
  /** A line above the screen's keys that matters now (a drill's clock still running). */
  note?: string | undefined;
  /** Over a practice screen the keys that work everywhere are left out: b and q mean something else there. */
  general?: boolean;
  hints?: string[] | undefined;
}

/** `?`: the keys of the screen it was opened on, then the keys that work everywhere. */
export function Help({
  t,
  notice,
  screen,
  own = screen ? t.help.screens[screen] : undefined,
  note,
  general = true,
  hints,
}: HelpProps) {
  return (
    <Frame
      title={`mlops-tutor · ${t.help.title}`}
      hints={hints ?? [t.keys.back, t.keys.help, t.keys.quit]}
      notice={notice}
    >
      <Box flexDirection="column">
        {note ? (
          <Box marginBottom={1}>
            <Text color="yellow" wrap="wrap">
              {note}
            </Text>
          </Box>
        ) : null}
        {own ? (
          <Box flexDirection="column" marginBottom={1}>
            <Text bold>{t.help.screenTitle(own.name)}</Text>
            {own.keys.map((line) => (
              <Text key={line} wrap="wrap">
                {line}
              </Text>
            ))}
          </Box>
        ) : null}
        {general && own ? <Text bold>{t.help.general}</Text> : null}
        {general
          ? t.help.lines.map((line) => (
              <Text key={line} wrap="wrap">
                {line}
              </Text>
            ))
          : null}
        {general ? (
          <Box marginTop={1}>
            <Text dimColor wrap="wrap">
              {t.help.cli}
            </Text>
          </Box>
        ) : null}
      </Box>
    </Frame>
  );
}
