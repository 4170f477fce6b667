import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { fitHints, frameHeight, frameWidth, titleParts } from './frame-layout.js';

export { fitHints } from './frame-layout.js';

export interface FrameProps {
  /** Left part of the title bar: where the learner is. */
  title: string;
  /** Right part of the title bar (week, level…), dropped first when the terminal is narrow. */
  context?: string;
  /** The keys that work here, shown at the bottom. */
  hints: string[];
  notice?: string | undefined;
  children: ReactNode;
}

/** Title bar, body and key-hint bar: every screen has the same frame so the learner always knows where they are. */
export function Frame({ title, context, hints, notice, children }: FrameProps) {
  const { columns, rows } = useTerminalSize();
  const width = frameWidth(columns);
  // At least one line short of the terminal's height: after a resize the terminal pulls old lines back
  // from its scrollback (reflowed at the old width), and a short screen left them showing above it
  // (the header drawn three times). A full-height frame pushes them out; the line left free keeps Ink
  // off its clear-the-terminal path. A minimum, not a height: taller content is not squeezed.
  const height = frameHeight(rows);
  const { title: shown, right } = titleParts(title, context, width);
  const hintLine = fitHints(hints, width);
  return (
    <Box flexDirection="column" width={width} minHeight={height}>
      <Box justifyContent="space-between">
        <Text bold>{shown}</Text>
        {right ? <Text dimColor>{right}</Text> : null}
      </Box>
      <Text dimColor>{'─'.repeat(width)}</Text>
      {notice ? (
        <Text color="yellow" wrap="wrap">
          {notice}
        </Text>
      ) : null}
      <Box flexDirection="column" flexGrow={1}>
        {children}
      </Box>
      <Text dimColor>{'─'.repeat(width)}</Text>
      <Text dimColor>{hintLine}</Text>
    </Box>
  );
}
