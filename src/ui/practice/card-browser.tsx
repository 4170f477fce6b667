// Every review card: browse them, suspend or resume one, delete one (after a yes).
import { Text } from 'ink';
import { useMemo, useState } from 'react';
import { deleteCard, toggleCardSuspended } from '../../state/transitions/index.js';
import { Frame } from '../components/frame.js';
import { ScrollList, type ListRow } from '../components/scroll-list.js';
import { useKeys } from '../hooks/use-keys.js';
import { cardBrowserKeyToAction } from '../keys/results.js';
import { useTerminalSize } from '../hooks/use-terminal-size.js';
import { truncate } from '../layout.js';
import { promptLine, relativeTime } from './lines.js';
import { bodyHeight } from './question-run.js';
import type { PracticeScreenProps } from './screen-props.js';

/** A practice screen's props, without the generator (nothing is drawn) and with a help of its own. */
export type CardBrowserProps = Omit<PracticeScreenProps, 'rng' | 'onHelp'> & { onHelp: () => void };

export function CardBrowser({ t, lang, bank, data, update, clock, active, onBack, onQuit, onHelp }: CardBrowserProps) {
  const c = t.practice.cards;
  const { columns, rows: height } = useTerminalSize();
  const width = Math.max(20, columns);
  const byId = useMemo(() => new Map(bank.map((question) => [question.id, question])), [bank]);
  const now = clock();
  const rows: ListRow[] = Object.entries(data.cards)
    // By due date only: suspending a card must not move it from under the cursor.
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due) || 0)
    .map(([id, card]) => {
      const question = byId.get(id);
      const due = Date.parse(card.due) <= now ? c.dueNow : relativeTime(lang, now, Date.parse(card.due));
      return { key: id, label: question ? promptLine(question, lang) : id, detail: card.suspended ? c.suspended : due };
    });
  const [cursor, setCursor] = useState<string | undefined>(rows[0]?.key);
  const [confirming, setConfirming] = useState<string | undefined>();
  const selected = rows.some((row) => row.key === cursor) ? cursor : rows[0]?.key;

  useKeys((input) => {
    const action = cardBrowserKeyToAction(input, {
      confirming: confirming !== undefined,
      hasSelection: Boolean(selected),
    });
    if (action === 'delete' && confirming) {
      update((current) => deleteCard(current, confirming));
      setCursor(rows[Math.min(rows.findIndex((row) => row.key === confirming) + 1, rows.length - 1)]?.key);
    }
    if (action === 'delete' || action === 'keep') setConfirming(undefined);
    else if (action === 'back') onBack();
    else if (action === 'quit') onQuit();
    else if (action === 'help') onHelp();
    else if (action === 'suspend' && selected) update((current) => toggleCardSuspended(current, selected));
    else if (action === 'ask-delete' && selected) setConfirming(selected);
  }, active);

  const hints = confirming
    ? [c.confirmKeys]
    : [t.keys.move, c.suspendKey, c.deleteKey, t.keys.back, t.keys.quit, t.keys.help];
  return (
    <Frame title={`mlops-tutor · ${c.title}`} context={c.count(rows.length)} hints={hints}>
      {rows.length === 0 ? <Text wrap="wrap">{c.none}</Text> : null}
      {rows.length ? (
        <ScrollList
          key={rows.length}
          rows={rows}
          height={Math.max(3, bodyHeight(height) - 2)}
          width={width}
          active={active && !confirming}
          initialKey={selected}
          onSelect={() => {}}
          onHighlight={(row) => setCursor(row.key)}
        />
      ) : null}
      {confirming ? (
        <Text color="yellow" bold wrap="wrap">
          {c.confirmDelete(truncate(rows.find((row) => row.key === confirming)?.label ?? confirming, 48))}
        </Text>
      ) : null}
    </Frame>
  );
}
