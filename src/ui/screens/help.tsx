import { Box, Text } from 'ink';
import type { Messages } from '../../i18n/index.js';
import { Frame } from '../components/frame.js';

export function Help({ t }: { t: Messages }) {
  return (
    <Frame title={`mlops-tutor · ${t.help.title}`} hints={[t.keys.back, t.keys.help, t.keys.quit]}>
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
