import { Text } from 'ink';
import type { Segment } from '../markdown/types.js';

/** One rendered line: segments with their colour and emphasis. An empty line keeps its height. */
export function StyledLine({ segments }: { segments: Segment[] }) {
  if (segments.length === 0) return <Text> </Text>;
  return (
    <Text wrap="truncate">
      {segments.map((segment, index) => (
        <Text
          key={index}
          color={segment.color}
          bold={segment.bold}
          italic={segment.italic}
          dimColor={segment.dim}
          underline={segment.underline}
        >
          {segment.text}
        </Text>
      ))}
    </Text>
  );
}
