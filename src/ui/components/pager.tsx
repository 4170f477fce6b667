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
  /** When the lines do not fit, the last row says how many are below ("↓ 12 more lines"). */
  moreLabel?: ((remaining: number) => string) | undefined;
}

/** Scrolls prepared lines: ↑/↓ j/k, PgUp/PgDn/space, g/G. */
export function Pager({ lines, height, active, moreLabel }: PagerProps) {
  const [top, setTop] = useState(0);
  // The indicator takes the last row, so a page shows one line less when it is there.
  const indicator = Boolean(moreLabel) && lines.length > height;
  const page = indicator ? Math.max(1, height - 1) : height;
  const maxTop = Math.max(0, lines.length - page);
  useKeys((input, key) => {
    const step = scrollStep(input, key, page, maxTop);
    if (step) setTop((current) => step(Math.min(current, maxTop)));
  }, active);
  const start = Math.min(top, maxTop);
  const remaining = lines.length - (start + page);
  return (
    <Box flexDirection="column">
      {lines.slice(start, start + page).map((segments, index) => (
        <StyledLine key={start + index} segments={segments} />
      ))}
      {indicator ? <StyledLine segments={remaining > 0 ? [{ text: moreLabel!(remaining), color: 'cyan' }] : []} /> : null}
    </Box>
  );
}
