import { Box } from 'ink';
import { useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import type { Segment } from '../markdown/types.js';
import { StyledLine } from './styled-line.js';

export interface PagerProps {
  lines: Segment[][];
  height: number;
  active: boolean;
}

/** Scrolls prepared lines: ↑/↓ j/k, PgUp/PgDn/space, g/G. */
export function Pager({ lines, height, active }: PagerProps) {
  const [top, setTop] = useState(0);
  const maxTop = Math.max(0, lines.length - height);
  useKeys((input, key) => {
    const move = (next: (current: number) => number) => setTop((current) => Math.max(0, Math.min(maxTop, next(Math.min(current, maxTop)))));
    if (key.downArrow || input === 'j') move((current) => current + 1);
    else if (key.upArrow || input === 'k') move((current) => current - 1);
    else if (key.pageDown || input === ' ') move((current) => current + height - 1);
    else if (key.pageUp) move((current) => current - height + 1);
    else if (input === 'g') move(() => 0);
    else if (input === 'G') move(() => maxTop);
  }, active);
  const start = Math.min(top, maxTop);
  return (
    <Box flexDirection="column">
      {lines.slice(start, start + height).map((segments, index) => (
        <StyledLine key={start + index} segments={segments} />
      ))}
    </Box>
  );
}
