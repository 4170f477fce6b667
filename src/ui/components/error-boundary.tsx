// Catches a render error anywhere below it so the learner gets one sentence instead of Ink's stack
// overview, and the terminal is handed back (raw mode off, cursor shown) by Ink's own exit.
import { useApp } from 'ink';
import { Component, useEffect, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override render(): ReactNode {
    // Nothing is drawn: the sentence is printed after Ink has restored the terminal (see runTui).
    return this.state.failed ? <ExitWith error={this.state.error} /> : this.props.children;
  }
}

function ExitWith({ error }: { error: unknown }): null {
  const { exit } = useApp();
  useEffect(() => {
    // An Error makes waitUntilExit reject with it; Ink disables raw mode and shows the cursor first.
    exit(error instanceof Error ? error : new Error(String(error)));
  }, [error, exit]);
  return null;
}

/** The one sentence for a crash, without control characters (it may quote any message). */
export function crashSentence(error: unknown, say: (message: string) => string): string {
  const message = error instanceof Error ? error.message : String(error);
  return say(message.split('\n')[0]?.trim() || (error instanceof Error ? error.name : 'Error'));
}
