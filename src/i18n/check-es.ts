// Spanish strings of the checkers and `doctor` (the reference set; check-en.ts has the same keys).
import { checkMsgEs } from './check-msg-es.js';
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const checkEs = () => ({
  status: {
    pass: '✓',
    fail: '✗',
    skip: 'omitido',
    'not-run': 'no ejecutado',
    error: 'error',
    warn: '⚠ aviso',
    running: 'en curso',
  },
  heading: (id: string, title: string) => `Checker ${id} · ${title}`,
  folder: (path: string) => `Carpeta: ${path}`,
  python: (path: string) => `Python: ${path}`,
  noPythonFound: 'Python: no encontrado',
  score: (score: number, max: number, level: string) => `Nota: ${score}/${max} · ${level}`,
  verified: (verified: number, max: number, notRun: string) =>
    `${verified} de ${max} puntos verificados${notRun ? ` (${notRun})` : ''}`,
  notRunPoints: (why: string, points: number) => `${why}: ${points} sin ejecutar`,
  tooLittleVerified: (percent: number) =>
    `Se verificó menos del ${percent} % de los puntos: instala lo que falta para que cuente como aprobado.`,
  warningsHeading: 'Avisos (no cuentan en la puntuación)',
  hintRead: (files: string) => `(leído: ${files})`,
  hintFixFirst: (titles: string) => `Arregla primero ${titles}; después se evalúa este punto.`,
  notRunHeading: 'No ejecutado aquí (no cuenta en la nota)',
  manifest: (path: string) => `Manifiesto: ${path}`,
  passed: (pass: number) => `Aprobado (mínimo ${pass}).`,
  failed: (pass: number) => `Aún no aprobado: necesitas ${pass}.`,
  categories: 'Por categoría',
  hints: 'Cómo recuperar puntos',
  lost: (points: number) => `−${points}`,
  seconds: (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`,
  saved: 'Resultado guardado en tu progreso.',
  junitWritten: (file: string) => `Informe JUnit escrito en ${file}.`,
  allSummary: (passed: number, total: number) => `${passed} de ${total} módulos aprobados.`,
  // Errors of input (exit 2).
  unknownModule: (value: string, known: string) => `No hay checker para "${value}": usa uno de ${known} o all.`,
  missingFolderInApp: (path: string) =>
    `No existe la carpeta del mini-proyecto ${path}: ejecuta mlops-tutor init en tu carpeta de trabajo, cámbiala en Ajustes o mapea el módulo en mlops-tutor.json.`,
  missingFolder: (path: string) =>
    `No existe la carpeta del mini-proyecto ${path}: ejecuta mlops-tutor init para crear las carpetas de los módulos, apunta --dir a tu proyecto o mapea el módulo en mlops-tutor.json.`,
  noModule: (path: string, known: string) =>
    `Di qué módulo evaluar (check 03): ${path} no es una carpeta de módulo (NN-nombre) ni aparece en mlops-tutor.json; módulos con checker: ${known}.`,
  pythonMissing: (value: string) =>
    `No encuentro el Python "${value}" de --python: pasa la ruta de un intérprete existente.`,
  workspaceFile: (detail: string) =>
    `El archivo de la carpeta de trabajo no es válido (${detail}): corrígelo o bórralo.`,
  junitUnwritable: (file: string) =>
    `No puedo escribir el informe JUnit en ${file}: elige una ruta en una carpeta existente.`,
  rerunKey: 'r repetir',
  watchKey: 'w vigilar',
  unwatchKey: 'w no vigilar',
  watching: 'Modo vigilancia: guarda un archivo del mini-proyecto para comprobar otra vez · w para',
  watchStoppedRun: 'Vigilancia parada: la comprobación en curso se detuvo y sus procesos terminaron (r la repite).',
  interrupted: 'Interrumpido: he parado todos los procesos que lancé.',
  // Why an item was skipped.
  skip: {
    requires: (ids: string) => `depende de ${ids}, que no pasó`,
    notRun: (why: string) => `no ejecutado aquí: ${why}`,
    noPython: 'no encontré Python',
    modules: (names: string) => `falta el paquete de Python ${names}`,
    tool: (name: string) => `falta la herramienta ${name}`,
  },
  install: {
    python:
      'Instala Python 3.10 o superior (Debian/Ubuntu: sudo apt install python3 python3-venv) o indica cuál usar con --python.',
    modules: (pip: string, apt: string) =>
      `Instálalo en tu entorno: python -m pip install ${pip} (Debian/Ubuntu: sudo apt install ${apt}).`,
    pipOnly: (pip: string) => `Instálalo en tu entorno: python -m pip install ${pip} (no está empaquetado en Debian).`,
    tool: (pip: string) => `Instálalo en tu entorno: python -m pip install ${pip}, y vuelve a ejecutar el checker.`,
  },
  msg: checkMsgEs(),
  problems: {
    'syntax-error': (line: string, msg: string) => `error de sintaxis en la línea ${line}: ${msg}`,
    'class-missing': (name: string) => `no define la clase ${name}`,
    'class-bases': (name: string, bases: string) => `${name} no hereda de ${bases}`,
    'class-methods': (name: string, methods: string) => `${name} no tiene ${methods}`,
    'no-module-docstring': () => 'falta el docstring del módulo',
    'too-few-functions': (min: string) =>
      `necesita al menos ${min === '1' ? '1 función pública' : `${min} funciones públicas`}`,
    'untyped-params': (fn: string, params: string) => `${fn}: faltan tipos en ${params}`,
    'untyped-return': (fn: string) => `${fn}: falta el tipo de retorno`,
    'no-docstring': (fn: string) => `${fn}: falta el docstring`,
    'no-pydantic-import': () => 'no importa pydantic',
    'model-no-fields': (name: string) => `${name} no declara campos con tipo`,
    'model-no-constraints': (name: string) =>
      `ningún campo de ${name} usa Field(...) con restricciones (gt, le, min_length…)`,
    'json-logging-missing': () =>
      'no produce logs JSON: ni una subclase de logging.Formatter que use json.dumps, ni python-json-logger, ni el JSONRenderer de structlog, ni un dictConfig con un formatter JSON',
    'contract-missing': () =>
      'no comprueba un contrato de datos: ninguna función tipo validate(df)/check_*() que lance un error o haga assert, ni pandera, Great Expectations o pydantic',
    'keyword-unset': (keyword: string) => `${keyword}=None: la semilla no está fijada`,
    'functions-missing': (names: string) => `no define ${names}`,
    'calls-missing': (names: string) => `no usa ${names}`,
    'keyword-missing': (kw: string, value: string) => `ninguna llamada pasa ${kw}=${value}`,
    'keyword-wrong': (kw: string, value: string, got: string) => `${kw} debería ser ${value} y vale ${got}`,
    'python-old': (version: string) => `Python ${version} es anterior a 3.10`,
    'no-venv': (version: string) => `Python ${version} no tiene el módulo venv/ensurepip`,
    'gate-passes-old': () => 'con Python 3.9 simulado termina con código 0: no rechaza versiones antiguas',
    'gate-fails-current': () => 'con tu Python actual no termina con código 0',
    'call-failed': (call: string, error: string) => `${call} falló: ${error}`,
    'call-no-raise': (call: string, error: string) => `${call} debería lanzar ${error}`,
    'call-wrong': (call: string, got: string, expected: string) => `${call} devolvió ${got}, se esperaba ${expected}`,
    'config-not-model': (suffix: string, type: string) => `load_config con ${suffix} devolvió ${type}, no el modelo`,
    'config-failed': (suffix: string, error: string) => `load_config no pudo leer un ${suffix} válido: ${error}`,
    'pipeline-wrong-rows': (got: string, expected: string) => `devolvió ${got} filas para ${expected}`,
    'pickle-differs': () => 'tras pickle/unpickle la salida cambia',
    'leak-state-changed': () => 'transform() cambió lo que fit() aprendió',
    'leak-transform-uses-input': () =>
      'la salida de una fila depende de las otras filas transformadas: transform() calcula estadísticas de sus datos',
    'transformer-failed': (aspect: string, error: string) => `prueba "${aspect}" falló: ${error}`,
    'artifact-load-failed': (path: string, error: string) => `joblib.load(${path}) falló: ${error}`,
    'artifact-transform-failed': (path: string, error: string) => `${path} no transforma datos nuevos: ${error}`,
    'import-error': (error: string) => `no se pudo importar o ejecutar: ${error}`,
    'logs-none': () => 'setup_logging() y un logger.warning(...) no escribieron nada en stdout ni stderr',
    'logs-not-json': (line: string) => `una línea de log no es un objeto JSON: ${line}`,
    'logs-keys': (keys: string) => `a los logs JSON les falta ${keys}`,
    'metrics-missing': (kinds: string) =>
      `no hay métricas de prometheus_client de tipo ${kinds} (ni un /metrics que las exponga)`,
    'drift-missed': (code: string) => `con una muestra desplazada drift.py terminó con código ${code} (se esperaba 1)`,
    'drift-false-alarm': (code: string) =>
      `con una muestra sin cambios drift.py terminó con código ${code} (se esperaba 0)`,
    'script-timeout': (script: string) => `${script} no terminó a tiempo`,
  },
  scaffold: {
    created: (count: number, dir: string) =>
      `Espacio de trabajo listo en ${dir}: ${plural(count, 'archivo creado', 'archivos creados')}.`,
    nothingToDo: (dir: string) => `${dir} ya tiene el espacio de trabajo: no hay nada que cambiar.`,
    inTheWay: (list: string) =>
      `Hay archivos tuyos en el camino (${list}): no los sobrescribo; usa --force para crear el resto y dejarlos como están.`,
    kept: (list: string) => `Se dejaron como estaban: ${list}.`,
    next: 'Siguiente: make setup y luego make check-00.',
    notADir: (path: string) => `${path} existe y no es una carpeta: elige otra ruta.`,
    unwritable: (path: string, code: string) =>
      `No puedo escribir en ${path} (${code}): elige una carpeta en la que tengas permiso.`,
    solutionHeading: (id: string, title: string, count: number) =>
      `Solución de referencia ${id} · ${title} (${plural(count, 'archivo', 'archivos')}):`,
    howToCopy: (id: string, path: string) =>
      `Para copiarla a tu espacio de trabajo: mlops-tutor solution ${id} --copy ${path}`,
    copied: (count: number, dir: string) => `${plural(count, 'archivo copiado', 'archivos copiados')} a ${dir}.`,
    skipped: (list: string) => `No se tocaron tus archivos: ${list}.`,
    unknownSolution: (value: string, known: string) => `No hay solución para "${value}": usa uno de ${known}.`,
    noSolution: (id: string) => `No hay solución de referencia para el módulo ${id}.`,
  },
  doctor: {
    title: 'Entorno (módulo 00)',
    ok: (count: number, total: number) =>
      count === total ? `Las ${total} comprobaciones están en orden.` : `${count} de ${total} comprobaciones en orden.`,
    notOk: (count: number) => `${plural(count, 'problema', 'problemas')}: mira las pistas.`,
    items: {
      python: 'Python ≥ 3.10',
      venv: 'Módulo venv de Python',
      git: 'Git',
      make: 'make',
      docker: 'Docker (opcional hasta el módulo 06)',
      disk: 'Espacio libre en disco',
      memory: 'Memoria RAM',
    },
    found: (what: string) => what,
    missing: (what: string) => `no encontrado: ${what}`,
    version: (version: string, path: string) => `${version} (${path})`,
    tooOld: (version: string) => `${version} es anterior a 3.10`,
    disk: (free: number, min: number) => `${free} GB libres (recomendado ${min} GB)`,
    memory: (total: number, min: number) => `${total} GB (mínimo del syllabus: ${min} GB)`,
    dockerOptional: 'no instalado; lo necesitarás en el módulo 06',
    hints: {
      python:
        'Instala Python 3.10+ (Debian/Ubuntu: sudo apt install python3; macOS: brew install python@3.12) o indica cuál con --python.',
      venv: 'Instala el módulo venv (Debian/Ubuntu: sudo apt install python3-venv).',
      git: 'Instala Git (Debian/Ubuntu: sudo apt install git; macOS: xcode-select --install).',
      make: 'Instala make (Debian/Ubuntu: sudo apt install make; macOS: xcode-select --install).',
      docker: 'Instala Docker Desktop o Docker Engine (https://docs.docker.com/get-docker/).',
      disk: 'Libera espacio: entornos virtuales, datos y modelos ocupan varios GB.',
      memory: 'Con menos de 8 GB cierra otras aplicaciones al entrenar o usa una máquina en la nube.',
    },
  },
});
