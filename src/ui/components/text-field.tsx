import { Text } from 'ink';
import { useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';
import { textKeyToAction } from '../keys/text.js';

export interface TextFieldProps {
  /** Shown dimmed while the field is empty; Enter on an empty field submits it. */
  placeholder: string;
  onSubmit: (value: string) => void;
  active?: boolean;
  /** Esc or Shift-Tab: leave the field without submitting. */
  onCancel?: (() => void) | undefined;
  /** What the field starts with (a value the learner typed before a wrong submit). */
  initialValue?: string | undefined;
}

/** Drops control characters: a stray \r or escape would move the cursor and garble the line. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, '');
}

/**
 * Applies one input chunk to the value, character by character: a paste or fast typing arrives as one
 * chunk that may hold several Backspaces (each deletes one character) and end in Enter.
 */
export function applyChunk(value: string, chunk: string): { value: string; submitted: boolean } {
  let next = value;
  for (const char of chunk) {
    if (char === '\r' || char === '\n') return { value: next, submitted: true };
    if (char === '\u007f' || char === '\b') next = [...next].slice(0, -1).join('');
    else next += printable(char);
  }
  return { value: next, submitted: false };
}

/** A one-line text input: type, Backspace, Enter. Empty + Enter accepts the placeholder. */
export function TextField({ placeholder, onSubmit, active = true, initialValue, onCancel }: TextFieldProps) {
  const [value, setValue] = useState(initialValue ?? '');
  const submit = (text: string) => onSubmit(text.trim() === '' ? placeholder : text.trim());
  useKeys((input, key) => {
    const action = textKeyToAction(input, key, { cancel: Boolean(onCancel) });
    if (action?.type === 'cancel') onCancel?.();
    else if (action?.type === 'submit') submit(value);
    else if (action?.type === 'erase') setValue((current) => [...current].slice(0, -1).join(''));
    else if (action?.type === 'chunk') {
      const applied = applyChunk(value, input);
      if (applied.submitted) {
        // Kept in the field: a refused value stays there to be corrected.
        setValue(applied.value);
        submit(applied.value);
      } else setValue((current) => applyChunk(current, input).value);
    }
  }, active);
  // The placeholder is a suggestion, not typed text: dim, in brackets, after the cursor.
  return (
    <Text>
      <Text color="cyan">{'> '}</Text>
      {value ? <Text>{value}</Text> : null}
      <Text inverse> </Text>
      {value ? null : <Text dimColor>{` (Enter: ${placeholder})`}</Text>}
    </Text>
  );
}
