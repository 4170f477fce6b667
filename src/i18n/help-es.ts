// Spanish text of the `?` help of every screen; help-en.ts has the same keys.
import { deliverablesEs } from './deliverables-es.js';
export const helpEs = () => ({
  title: 'Ayuda',
  screenTitle: (screen: string) => `Teclas de esta pantalla · ${screen}`,
  general: 'En todas partes',
  screens: {
    home: {
      name: 'inicio',
      keys: [
        '↑/↓ o j/k: moverse · RePág/AvPág: una página',
        'Enter: abrir la fila (Continuar, un paso de Hoy, un módulo…)',
        'd: simulacro de la semana · r: repaso · s: estadísticas · p: plan completo · /: buscar un módulo',
        'f: entregables finales',
        'i: speech de portafolio (5–7 min) y sus talking points',
      ],
    },
    module: {
      name: 'módulo',
      keys: [
        'l: la lección · z: el quiz · c: el checker',
        '↑/↓ o j/k: desplazarse · espacio/AvPág, RePág: una página · g/G: inicio/final',
      ],
    },
    lesson: {
      name: 'lección',
      keys: [
        '↑/↓ o j/k: una línea · espacio/AvPág, RePág: una página · g/G: inicio/final · tu posición se guarda',
        't: índice (Enter salta a una sección, b lo cierra) · /: buscar, n/N: coincidencia siguiente/anterior',
        's: saltar un punto de control · ✓ en el índice: acertado',
      ],
    },
    check: {
      name: 'checker',
      keys: [
        'r: ejecutar el checker otra vez (cuando ha terminado)',
        'w: modo vigilancia: comprueba otra vez en cada guardado y dice qué cambió; w otra vez, b o q lo paran',
        '↑/↓ o j/k: desplazarse · espacio/AvPág, RePág: una página · g/G: inicio/final',
      ],
    },
    plan: {
      name: 'plan',
      keys: ['↑/↓ o j/k: desplazarse · espacio/AvPág, RePág: una página · g/G: inicio/final', 'f: entregables finales'],
    },
    deliverables: { name: 'entregables finales', keys: deliverablesEs().help },
    route: { name: 'ruta', keys: ['↑/↓ o j/k: desplazarse · espacio/AvPág, RePág: una página · g/G: inicio/final'] },
    pitch: {
      name: 'speech de portafolio',
      keys: [
        'Preparación: ↑/↓ campo · ←/→ cambiar · Enter en «Empezar» o en «Repasar talking points»',
        'Durante el speech: Enter pasa a la siguiente parte (en la última, termina) · n escribe una nota · q para (pregunta antes)',
        'Al puntuar: ↑/↓ punto · ←/→ o 0/1/2 (no, en parte, sí) · Enter en «Guardar»',
        'Talking points: ←/→ parte · ↑/↓ nivel · AvPág/RePág desplazar',
      ],
    },
    settings: {
      name: 'ajustes',
      keys: [
        'Enter: cambiar la fila (idioma, ritmo y nivel de simulacro rotan; fecha de inicio y carpeta abren un campo)',
        'En un campo: escribe, Retroceso, Enter para guardar, Esc o Mayús-Tab para cancelar',
      ],
    },
  },
  lines: [
    '↑/↓ o j/k: moverse por las listas',
    'Enter: abrir o elegir',
    'b: volver a la pantalla anterior',
    '?: mostrar u ocultar esta ayuda',
    'q: salir (tu progreso ya está guardado)',
  ],
  cli: 'Sin interfaz: mlops-tutor status, mlops-tutor --help',
});
