import { Box } from 'ink';
import type { Segment } from '../markdown/types.js';
import { PAGE_KEYS } from '../keys/scroll.js';
import { useScroll } from '../scroll/use-scroll.js';
import { StyledLine } from './styled-line.js';

export interface PagerProps {
  lines: Segment[][];
  height: number;
  active: boolean;
  /** When the lines do not fit, the last row says how many are below ("↓ 12 more lines"). */
  moreLabel?: ((remaining: number) => string) | undefined;
}

/** Scrolls prepared lines with the page keys (scroll/keys.ts): ↑/↓ j/k, PgUp/PgDn/space, g/G. */
export function Pager({ lines, height, active, moreLabel }: PagerProps) {
  // The indicator takes the last row, so a page shows one line less when it is there.
  const indicator = Boolean(moreLabel) && lines.length > height;
  const page = indicator ? Math.max(1, height - 1) : height;
  const { top } = useScroll({ total: lines.length, height: page, keys: PAGE_KEYS, active });
  const remaining = lines.length - (top + page);
  return (
    <Box flexDirection="column">
      {lines.slice(top, top + page).map((segments, index) => (
        <StyledLine key={top + index} segments={segments} />
      ))}
      {indicator ? (
        <StyledLine segments={remaining > 0 ? [{ text: moreLabel!(remaining), color: 'cyan' }] : []} />
      ) : null}
    </Box>
  );
}
