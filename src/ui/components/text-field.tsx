import { Text } from 'ink';
import { useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';

export interface TextFieldProps {
  /** Shown dimmed while the field is empty; Enter on an empty field submits it. */
  placeholder: string;
  onSubmit: (value: string) => void;
  active?: boolean;
}

/** Drops control characters: a stray \r or escape would move the cursor and garble the line. */
export function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, '');
}

/** A one-line text input: type, Backspace, Enter. Empty + Enter accepts the placeholder. */
export function TextField({ placeholder, onSubmit, active = true }: TextFieldProps) {
  const [value, setValue] = useState('');
  const submit = (text: string) => onSubmit(text.trim() === '' ? placeholder : text.trim());
  useKeys((input, key) => {
    if (key.return) submit(value);
    else if (key.backspace || key.delete) setValue((current) => current.slice(0, -1));
    else if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow && !key.escape) {
      // A paste (or fast typing in a test harness) arrives as one chunk, possibly ending in Enter.
      const [typed = '', ...rest] = input.split(/[\r\n]/);
      const clean = printable(typed);
      if (rest.length > 0) submit(value + clean);
      else setValue((current) => current + clean);
    }
  }, active);
  return (
    <Text>
      <Text color="cyan">{'> '}</Text>
      {value ? <Text>{value}</Text> : <Text dimColor>{placeholder}</Text>}
      <Text inverse> </Text>
    </Text>
  );
}
