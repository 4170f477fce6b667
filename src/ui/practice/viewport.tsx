import { Box } from 'ink';
import { useEffect, useRef, useState } from 'react';
import { StyledLine } from '../components/styled-line.js';
import { useKeys } from '../hooks/use-keys.js';
import type { Line } from './lines.js';

export interface ViewportProps {
  lines: Line[];
  height: number;
  /** Lines kept in view (the option under the cursor); the view starts at the top when they fit. */
  focus?: [number, number] | undefined;
  /** ↑/↓ scroll too (pages with nothing to select). */
  arrows?: boolean;
  active: boolean;
}

/** The first line to show so that `focus` is visible, preferring the top of the page. */
export function focusTop(focus: [number, number] | undefined, height: number, total: number): number {
  const maxTop = Math.max(0, total - height);
  if (!focus) return 0;
  const [start, end] = focus;
  if (end < height) return 0;
  return Math.min(maxTop, Math.max(0, Math.min(start, end - height + 1)));
}

/** A window over prepared lines: follows the focus, PgUp/PgDn (and ↑/↓ when asked) scroll by hand. */
export function Viewport({ lines, height, focus, arrows = false, active }: ViewportProps) {
  const visible = Math.max(1, height);
  const maxTop = Math.max(0, lines.length - visible);
  const auto = focusTop(focus, visible, lines.length);
  const [manual, setManual] = useState<number | undefined>(undefined);
  // The latest automatic position, for key handlers that run before the next render.
  const autoRef = useRef(auto);
  autoRef.current = auto;
  useEffect(() => setManual(undefined), [focus?.[0], focus?.[1], lines.length]);
  useKeys((input, key) => {
    const move = (delta: number) => setManual((current) => Math.max(0, Math.min(maxTop, (current ?? autoRef.current) + delta)));
    if (key.pageDown) move(visible - 1);
    else if (key.pageUp) move(-(visible - 1));
    else if (arrows && (key.downArrow || input === 'j')) move(1);
    else if (arrows && (key.upArrow || input === 'k')) move(-1);
  }, active && lines.length > visible);
  const top = Math.max(0, Math.min(maxTop, manual ?? auto));
  return (
    <Box flexDirection="column">
      {lines.slice(top, top + visible).map((segments, index) => (
        <StyledLine key={top + index} segments={segments} />
      ))}
    </Box>
  );
}
