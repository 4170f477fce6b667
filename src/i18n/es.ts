// Spanish UI strings: the reference set. en.ts must provide the same keys (the type enforces it).
import { checkEs } from './check-es.js';
import { cliEs } from './cli-es.js';
import { deliverablesEs } from './deliverables-es.js';
import { practiceEs } from './practice-es.js';
import { pitchEs } from './pitch-es.js';
import { helpEs } from './help-es.js';

/** "a, b y c", or the first three and how many more: a list that keeps a notice to one line. */
export function listOf(items: readonly string[], and: string, more: string, shown = 3): string {
  const head = items.slice(0, shown);
  if (items.length > shown) return `${head.join(', ')} ${and} ${items.length - shown} ${more}`;
  return head.length > 1 ? `${head.slice(0, -1).join(', ')} ${and} ${head.at(-1)}` : (head[0] ?? '');
}

export const es = () =>
  ({
    appName: 'mlops-tutor',
    tagline: 'Tu compañero de terminal para la Guía MLOps en 8 semanas',
    keys: {
      move: '↑↓ mover',
      open: 'Enter abrir',
      choose: 'Enter elegir',
      back: 'b volver',
      help: '? ayuda',
      quit: 'q salir',
      backStep: 'b paso anterior',
      backShiftTab: 'Mayús-Tab paso anterior',
      cancelEsc: 'Esc cancelar',
      more: '↓/espacio más',
      moreLines: (n: number) => `↓ ${n} ${n === 1 ? 'línea' : 'líneas'} más · espacio/AvPág`,
      type: 'escribe y Enter',
    },
    onboarding: {
      title: 'Bienvenida',
      intro: 'Configuremos tu plan en cuatro pasos. Podrás cambiarlo luego en Ajustes.',
      step: (n: number, total: number) => `Paso ${n} de ${total}`,
      language: 'Idioma',
      languageQuestion: '¿En qué idioma quieres estudiar?',
      startDate: 'Fecha de inicio',
      startDateQuestion: '¿Qué día empiezas? (AAAA-MM-DD; Enter para hoy)',
      invalidDate: 'Esa fecha no existe: escríbela como AAAA-MM-DD, por ejemplo 2026-12-01.',
      pace: 'Ritmo',
      paceQuestion: '¿En cuántas semanas quieres completar el programa?',
      paceOption: (weeks: number) =>
        weeks === 8
          ? `${weeks} semanas (el ritmo del syllabus)`
          : weeks === 6
            ? `${weeks} semanas (intenso)`
            : `${weeks} semanas (relajado)`,
      workspace: 'Carpeta de trabajo',
      workspaceQuestion: '¿Dónde guardarás tus mini-proyectos? (Enter para la carpeta actual)',
      workspaceNotDir: (dir: string) => `${dir} existe y no es una carpeta: escribe otra ruta.`,
      workspaceUnwritable: (dir: string, code: string) =>
        `No puedo crear ${dir} (${code}): escribe una carpeta en la que tengas permiso.`,
      createQuestion: (dir: string) => `La carpeta ${dir} todavía no existe.`,
      createYes: 'Crearla y usarla',
      createNo: 'Escribir otra carpeta',
      workspaceMissing: (dir: string) => `La carpeta ${dir} no existe: créala o escribe otra.`,
      ready: '¡Listo! Tu plan está guardado.',
    },
    home: {
      week: (week: number, total: number) => `Semana ${week} de ${total}`,
      startsIn: (days: number) => (days === 1 ? 'Empiezas mañana' : `Empiezas en ${days} días`),
      planComplete: 'Plan completado: sigue repasando con simulacros',
      thisWeek: 'Esta semana',
      interviewWeek: 'Preparación de entrevistas',
      drillLevel: (level: string) => `Nivel de simulacro: ${level}`,
      continue: (id: string, title: string) => `Continuar: ${id} ${title}`,
      allDone: 'Todos los módulos están aprobados',
      plan: 'Plan por semanas',
      route: 'Ruta 0 → Senior/Staff',
      settings: 'Ajustes',
      help: 'Ayuda',
      quit: 'Salir',
      weekShort: (week: number) => `S${week}`,
      weekHeading: (week: number) => `Semana ${week}`,
      passed: (done: number, total: number) => `${done}/${total} aprobados`,
      bestOf: (best: number) => `(mejor ${best})`,
      overdue: (count: number) => `${count} ${count === 1 ? 'módulo atrasado' : 'módulos atrasados'}`,
      progress: (passed: number, total: number, lessons: number, quizzes: number) =>
        `${passed}/${total} aprobados · ${lessons} ${lessons === 1 ? 'lección' : 'lecciones'} · ${quizzes} ${quizzes === 1 ? 'quiz' : 'quizzes'}`,
      level: (label: string, score: number) => `Nivel: ${label} (media ${score})`,
      noLevel: 'Nivel: aún sin checks',
      streak: (days: number) =>
        days === 0 ? 'sin racha aún' : days === 1 ? 'racha de 1 día' : `racha de ${days} días`,
      behind: (ids: string) => `Atrasado: ${ids} · ponte al día`,
      ahead: 'Vas por delante del plan: adelanta la semana siguiente',
      today: 'Hoy',
      step: {
        lesson: (id: string) => `Leer la lección ${id}`,
        quiz: (id: string) => `Quiz ${id}`,
        check: (id: string) => `Check ${id}`,
      },
      stepShort: { lesson: 'lección', quiz: 'quiz', check: 'check' },
      modulePassed: (id: string) => `Módulo ${id} aprobado`,
      stepTodo: 'pendiente',
      lessonRead: 'leída ✓',
      lessonAt: (pct: number) => `leída al ${pct} %`,
      quizPassed: (best: number) => `aprobado ${best} % ✓`,
      quizBest: (best: number) => `mejor ${best} % · aprueba con 70`,
      checkPassed: (score: number) => `aprobado ${score} ✓`,
      checkLast: (score: number) => `${score} · aprueba con 70`,
      keys: 'd simulacro · r repaso · s stats · p plan · /busca',
      find: 'Buscar módulo: ',
      findNone: 'Ningún módulo coincide',
      findKeys: 'escribe · ↑↓ · Enter abrir · Esc cancelar',
    },
    watch: {
      alone: '--watch sigue hasta Ctrl-C y no se combina con --json ni --junit: quita una de las dos opciones.',
      watching: (dirs: string, poll: boolean) =>
        `Vigilando ${dirs}${poll ? ' (consultando cada segundo)' : ''}: guarda un archivo para comprobar otra vez · Ctrl-C para`,
      saved: (files: string) => `Guardado: ${files}. Comprobando otra vez…`,
      changes: (module: string, from: number, to: number, items: string) =>
        `Desde la última ejecución, ${module}: ${from} → ${to} (${items})`,
      noChange: (module: string, score: number) => `Desde la última ejecución, ${module}: sin cambios (${score})`,
      stopped: 'Vigilancia detenida.',
    },
    levels: { junior: 'junior', mid: 'mid', senior: 'senior' },
    status: {
      'not-started': 'sin empezar',
      'in-progress': 'en curso',
      done: 'aprobado',
      behindBy: (weeks: number) => `con ${weeks} ${weeks === 1 ? 'semana' : 'semanas'} de retraso`,
      overdue: 'atrasado',
    },
    module: {
      title: (id: string, title: string) => `Módulo ${id} · ${title}`,
      meta: (week: number, days: number) =>
        `Semana ${week} · ${String(days).replace('.', ',')} ${days === 1 ? 'día' : 'días'}`,
      objectives: 'Objetivos',
      deliverables: 'Entregables',
      miniProject: 'Mini-proyecto',
      validate: 'Cómo se valida',
      folder: (path: string) => `Carpeta: ${path}`,
      checkScore: (last: number, best: number) =>
        `Última nota del checker: ${last}/100${best > last ? ` (mejor ${best})` : ''}`,
      checkItems: 'Punto por punto',
      neutralLevel: (score: number) =>
        score >= 90
          ? 'excelente'
          : score >= 80
            ? 'muy bien'
            : score >= 70
              ? 'bien'
              : score >= 60
                ? 'casi'
                : 'en desarrollo',
      checkKey: 'c checker',
    },
    lesson: {
      title: (id: string, title: string) => `Lección ${id} · ${title}`,
      progress: (percent: number, read: number, total: number) => `${percent} % · ${read}/${total} secciones`,
      scroll: '↑↓ PgUp/PgDn g/G',
      searchKey: '/ buscar',
      nextKey: 'n/N siguiente/anterior',
      matches: (query: string, n: number, total: number) => `«${query}»: ${n} de ${total} · n siguiente, N anterior`,
      noMatch: (query: string) => `Ninguna línea contiene «${query}».`,
      contentsKey: 't índice',
      contents: 'Índice',
      jump: 'Enter ir',
      done: '✓ Lección leída',
      open: 'l lección',
      missing: (id: string) => `La lección del módulo ${id} no está disponible en este idioma.`,
      status: (percent: string) => `lección ${percent}`,
      checkpoint: {
        title: (section: string) => `Punto de control · ${section}`,
        question: (n: number, total: number) => `pregunta ${n} de ${total}`,
        intro: 'Comprueba lo que acabas de leer:',
        skip: 's saltar',
        backToText: 'RePág texto',
        next: 'Enter siguiente',
        resume: 'Enter seguir leyendo',
        passed: '✓',
      },
      read: 'lección leída',
    },
    plan: {
      now: '(ahora)',
      drill: (level: string) => `simulacro ${level}`,
      interview: (level: string) =>
        `Preparación de entrevistas: simulacros de nivel ${level}, repaso de fallos y portafolio`,
      days: (days: number) => `${String(days).replace('.', ',')} ${days === 1 ? 'día' : 'días'}`,
      total: (days: number) => `Total: ${String(days).replace('.', ',')} días`,
      pace: (weeks: number) => `ritmo de ${weeks} semanas`,
    },
    route: {
      intro:
        'La ruta 0 → Senior/Staff agrupa la guía en macro-módulos por madurez. No sustituye al plan semanal: te dice hacia dónde crece cada módulo.',
      goal: 'Objetivo',
      includes: 'Incluye',
      modules: 'Módulos del curso',
    },
    settings: {
      title: 'Ajustes',
      language: 'Idioma',
      pace: 'Ritmo',
      startDate: 'Fecha de inicio',
      drillLevel: 'Nivel de simulacro',
      followWeek: (level: string) => `el de la semana (ahora ${level})`,
      workspace: 'Carpeta de trabajo',
      paceValue: (weeks: number) => `${weeks} semanas`,
      saved: 'Guardado.',
    },
    help: helpEs(),
    notices: {
      corrupt: (movedTo: string) =>
        `Tu archivo de progreso estaba dañado; lo moví a ${movedTo} y empiezo con uno nuevo.`,
      repaired: (movedTo: string, dropped: readonly string[]) =>
        `Parte de tu archivo de progreso estaba dañada: guardé todo lo válido y descarté ${listOf(dropped, 'y', 'más')}; el original está en ${movedTo}.`,
      damagedKept: (path: string) =>
        `Tu archivo de progreso ${path} está dañado y no pude guardar una copia (carpeta de solo lectura o disco lleno): leo lo que es válido y dejo el archivo como está.`,
    },
    store: {
      notAFolder: (path: string) =>
        `${path} no es una carpeta: elige una carpeta para tu progreso con --home o MLOPS_TUTOR_HOME.`,
      unwritable: (path: string) =>
        `No puedo escribir el progreso en ${path}: elige una carpeta con permiso de escritura con --home o MLOPS_TUTOR_HOME.`,
      notAFile: (path: string) => `${path} no es un archivo normal: muévelo o bórralo y vuelve a intentarlo.`,
      futureVersion: (version: number) =>
        `El archivo de progreso lo escribió un mlops-tutor más nuevo (esquema ${version}): actualiza mlops-tutor para leerlo.`,
      locked: (holder: number | undefined) =>
        `otro proceso de mlops-tutor${holder ? ` (pid ${holder})` : ''} tiene bloqueado el archivo de progreso; vuelve a ejecutarlo cuando termine`,
      noSpace: (path: string) => `el disco de ${path} está lleno; libera espacio y vuelve a ejecutarlo`,
      readOnly: (path: string) => `no se puede escribir en ${path}`,
      writeFailed: (path: string, code: string) => `falló la escritura de ${path} (${code})`,
      resultNotSaved: (why: string) => `Este resultado no se guardó: ${why}.`,
      resetNotSaved: (why: string) => `No se borró nada: ${why}.`,
      changesNotSaved: (why: string) => `Tus últimos cambios no se guardaron: ${why}.`,
    },
    cli: cliEs(),
    langName: { es: 'Español', en: 'English' },
    check: checkEs(),
    practice: practiceEs(),
    deliverables: deliverablesEs(),
    pitch: pitchEs(),
  }) as const;
