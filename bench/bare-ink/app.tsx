// The bench's peer: the smallest useful Ink 6 app, a 12-row select list (↑/↓ move, Enter picks,
// q quits), bundled by scripts/bench.ts and started by launcher.mjs. Not shipped: package.json
// "files" leaves bench/ out.
import { Box, render, Text, useApp, useInput } from 'ink';
import { useState } from 'react';

const ROWS = Array.from({ length: 12 }, (_, index) => `Item ${String(index + 1).padStart(2, '0')}`);

function SelectList() {
  const { exit } = useApp();
  const [selected, setSelected] = useState(0);
  const [picked, setPicked] = useState<string | undefined>();
  useInput((input, key) => {
    if (input === 'q') exit();
    else if (key.upArrow) setSelected((index) => (index + ROWS.length - 1) % ROWS.length);
    else if (key.downArrow) setSelected((index) => (index + 1) % ROWS.length);
    else if (key.return) setPicked(ROWS[selected]);
  });
  return (
    <Box flexDirection="column" borderStyle="round" paddingX={1}>
      <Text bold>Pick one</Text>
      {ROWS.map((row, index) => (
        <Text key={row} color={index === selected ? 'cyan' : undefined}>
          {index === selected ? '❯ ' : '  '}
          {row}
        </Text>
      ))}
      <Text dimColor>{picked ? `Picked ${picked}` : 'Ready'}</Text>
    </Box>
  );
}

render(<SelectList />, { exitOnCtrlC: true, patchConsole: false });
