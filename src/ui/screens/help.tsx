import { Box, Text } from 'ink';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';

export function Help({ t, notice }: { t: Messages; notice?: string | undefined }) {
  return (
    <Frame title={`mlops-tutor · ${t.help.title}`} hints={[t.keys.back, t.keys.help, t.keys.quit]} notice={notice}>
      <Box flexDirection="column">
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
