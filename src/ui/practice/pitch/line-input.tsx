// A one-line text entry typed through the screen's own key handler. A separate field component
// subscribes to keys only after it renders, so what is typed right after the key that opens it is
// lost or read as the screen's keys (b, q, Enter); handled here, nothing is.
import { Text, type Key } from 'ink';
import { useRef, useState } from 'react';
import { applyChunk } from '../../components/text-field.js';

export interface LineInput {
  /** The text being typed; undefined while closed. */
  value: string | undefined;
  open: () => void;
  /** Call first in the screen's key handler: true when the key went into the text. */
  handle: (input: string, key: Key) => boolean;
}

/** Enter submits (trimmed; empty text just closes), Esc or Shift-Tab cancels. */
export function useLineInput(onSubmit: (text: string) => void, onOpenChange: (open: boolean) => void): LineInput {
  const [value, setValue] = useState<string | undefined>(undefined);
  const ref = useRef<string | undefined>(undefined);
  const set = (next: string | undefined) => {
    if ((next === undefined) !== (ref.current === undefined)) onOpenChange(next !== undefined);
    ref.current = next;
    setValue(next);
  };
  const submit = (text: string) => {
    set(undefined);
    if (text.trim()) onSubmit(text.trim());
  };
  return {
    value,
    open: () => set(''),
    handle: (input, key) => {
      const typing = ref.current;
      if (typing === undefined) return false;
      if (key.escape || (key.tab && key.shift)) set(undefined);
      else if (key.return) submit(typing);
      else if ((key.backspace || key.delete) && input.length <= 1) set([...typing].slice(0, -1).join(''));
      else if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow) {
        const typed = applyChunk(typing, input);
        if (typed.submitted) submit(typed.value);
        else set(typed.value);
      }
      return true;
    },
  };
}

/** The text with a block cursor; the end of a long text, so the cursor stays in view. */
export function LineField({ value, width }: { value: string; width: number }) {
  const room = Math.max(4, width - 3);
  const shown = [...value].length > room ? `…${[...value].slice(-(room - 1)).join('')}` : value;
  return (
    <Text wrap="truncate">
      <Text color="cyan">{'> '}</Text>
      {shown}
      <Text inverse> </Text>
    </Text>
  );
}
