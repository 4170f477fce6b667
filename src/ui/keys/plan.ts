// The plan's and the deliverables' keys (screens/plan-views.tsx, screens/deliverables.tsx).

/** Plan: f opens the deliverables. */
export function planKeyToAction(input: string): 'deliverables' | undefined {
  return input === 'f' ? 'deliverables' : undefined;
}

/** Deliverables: c checks the next module to check. */
export function deliverablesKeyToAction(input: string): 'check' | undefined {
  return input === 'c' ? 'check' : undefined;
}
