import { Box } from 'ink';
import { StyledLine } from '../components/styled-line.js';
import { LINE_AND_PAGE_KEYS, PAGE_ONLY_KEYS } from '../keys/scroll.js';
import { useScroll } from '../scroll/use-scroll.js';
import type { Line } from './lines.js';

export { focusTop } from '../scroll/model.js';

export interface ViewportProps {
  lines: Line[];
  height: number;
  /** Lines kept in view (the option under the cursor); the view starts at the top when they fit. */
  focus?: [number, number] | undefined;
  /** ↑/↓ scroll too (pages with nothing to select). */
  arrows?: boolean;
  active: boolean;
}

/** A window over prepared lines: follows the focus, PgUp/PgDn (and ↑/↓ when asked) scroll by hand. */
export function Viewport({ lines, height, focus, arrows = false, active }: ViewportProps) {
  const visible = Math.max(1, height);
  const { top } = useScroll({
    total: lines.length,
    height: visible,
    follow: focus,
    resetKey: `${focus?.[0]}:${focus?.[1]}:${lines.length}`,
    keys: arrows ? LINE_AND_PAGE_KEYS : PAGE_ONLY_KEYS,
    active: active && lines.length > visible,
  });
  return (
    <Box flexDirection="column">
      {lines.slice(top, top + visible).map((segments, index) => (
        <StyledLine key={top + index} segments={segments} />
      ))}
    </Box>
  );
}
