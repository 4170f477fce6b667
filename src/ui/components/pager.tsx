import { Box } from 'ink';
import { useState } from 'react';
import { scrollStep } from '../hooks/scroll-keys.js';
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
    const step = scrollStep(input, key, height, maxTop);
    if (step) setTop((current) => step(Math.min(current, maxTop)));
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
