import { Box, Text } from 'ink';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';

export type HelpScreen = keyof Messages['help']['screens'];

/** `?`: the keys of the screen it was opened on, then the keys that work everywhere. */
export function Help({ t, notice, screen }: { t: Messages; notice?: string | undefined; screen?: HelpScreen | undefined }) {
  const own = screen ? t.help.screens[screen] : undefined;
  return (
    <Frame title={`mlops-tutor · ${t.help.title}`} hints={[t.keys.back, t.keys.help, t.keys.quit]} notice={notice}>
      <Box flexDirection="column">
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
        {own ? <Text bold>{t.help.general}</Text> : null}
        {t.help.lines.map((line) => (
          <Text key={line} wrap="wrap">
            {line}
          </Text>
        ))}
        <Box marginTop={1}>
          <Text dimColor wrap="wrap">
            {t.help.cli}
          </Text>
        </Box>
      </Box>
    </Frame>
  );
}
