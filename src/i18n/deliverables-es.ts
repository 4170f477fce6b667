// Spanish strings of the final deliverables (screen, status, export); deliverables-en.ts has the same keys.
export const deliverablesEs = () =>
  ({
    title: 'Entregables finales',
    home: (done: number, total: number) => `Entregables finales · ${done}/${total}`,
    // The syllabus's own wording ("Entregables Finales" of SYLLABUS.md).
    names: {
      portfolio: 'Portafolio ML reproducido localmente',
      'ci-cd': '3 proyectos con CI/CD funcionando',
      cards: 'Model Cards y Dataset Cards completos',
      deploy: 'APIs y dashboards desplegables',
      observability: 'Sistema de observabilidad básico',
      runbooks: 'Runbooks de mantenimiento',
    },
    /** What the tutor can and cannot see, where the checks cover less than the deliverable says. */
    notes: {
      'ci-cd': 'El checker 08 evalúa el workflow de un proyecto: repítelo en los otros dos.',
    } as Partial<Record<'portfolio' | 'ci-cd' | 'cards' | 'deploy' | 'observability' | 'runbooks', string>>,
    intro: 'Cada uno se marca con los checkers que has aprobado (su última ejecución), nunca a mano.',
    state: { done: 'hecho', partial: 'parcial', missing: 'pendiente' },
    summary: (done: number, total: number) => `${done} de ${total} entregables hechos`,
    evidence: (module: string, title: string) => `${module} ${title}`,
    notRun: 'sin ejecutar',
    run: (last: number, best: number, day: string | null) =>
      `${last}/100${best > last ? ` (mejor ${best})` : ''}${day ? ` · ${day}` : ''}`,
    next: (command: string) => `Siguiente: ${command}`,
    allDone: 'Todos los entregables tienen sus checkers aprobados.',
    openNext: (module: string) => `c checker ${module}`,
    planKey: 'f entregables',
    help: [
      '↑/↓ o j/k: desplazarse · espacio/AvPág, RePág: una página · g/G: inicio/final',
      'c: abrir el checker del primer módulo que falta',
      'Se marcan solo con checkers aprobados: ejecuta el que falte',
    ],
    columns: ['Entregable', 'Estado', 'Evidencia', 'Falta'],
    missingNone: '—',
    cli: {
      heading: 'Entregables finales:',
      today: 'Hoy:',
    },
  }) as const;
