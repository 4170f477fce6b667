// What every practice screen (quiz, drill, review) is given, and the keys of its results page.
import type { BankQuestion } from '../../core/quiz.js';
import type { Rng } from '../../core/random.js';
import type { Lang } from '../../core/types.js';
import type { Messages } from '../../i18n/index.js';
import type { State } from '../../state/schema.js';
import { useKeys } from '../hooks/use-keys.js';
import { resultKeyToAction } from '../keys/results.js';

export interface PracticeScreenProps {
  t: Messages;
  lang: Lang;
  bank: readonly BankQuestion[];
  data: State;
  update: (change: (state: State) => State) => void;
  clock: () => number;
  rng: Rng;
  active: boolean;
  onBack: () => void;
  onQuit: () => void;
  /** `?`: the route shows this screen's keys over it (the screen stays mounted, its keys off). */
  onHelp: (topic: PracticeHelpTopic, deadline?: number) => void;
}

export type PracticeHelpTopic = keyof Messages['practice']['help']['screens'];

/** On a results page: Enter or b goes back, q quits, ? shows the keys. */
export function useResultKeys(
  props: Pick<PracticeScreenProps, 'active' | 'onBack' | 'onQuit' | 'onHelp'>,
  done: boolean,
  topic: PracticeHelpTopic,
): void {
  useKeys((input, key) => {
    const action = resultKeyToAction(input, key);
    if (action === 'back') props.onBack();
    else if (action === 'quit') props.onQuit();
    else if (action === 'help') props.onHelp(topic);
  }, props.active && done);
}
