import { Text } from 'ink';
import { useState } from 'react';
import { useKeys } from '../hooks/use-keys.js';

export interface TextFieldProps {
  /** Shown dimmed while the field is empty; Enter on an empty field submits it. */
  placeholder: string;
  onSubmit: (value: string) => void;
  active?: boolean;
}

/** A one-line text input: type, Backspace, Enter. Empty + Enter accepts the placeholder. */
export function TextField({ placeholder, onSubmit, active = true }: TextFieldProps) {
  const [value, setValue] = useState('');
  useKeys((input, key) => {
    if (key.return) onSubmit(value.trim() === '' ? placeholder : value.trim());
    else if (key.backspace || key.delete) setValue((current) => current.slice(0, -1));
    else if (input && !key.ctrl && !key.meta && !key.tab && !key.upArrow && !key.downArrow && !key.escape) setValue((current) => current + input);
  }, active);
  return (
    <Text>
      <Text color="cyan">{'> '}</Text>
      {value ? <Text>{value}</Text> : <Text dimColor>{placeholder}</Text>}
      <Text inverse> </Text>
    </Text>
  );
}
