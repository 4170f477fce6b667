// Corpus for module 11 (maintenance): docs/ with a runbooks/ folder and a validation script named
// validate_inputs.py; a monorepo service with a Spanish runbook and guide under other headings; and a
// release gate that cannot fail (an empty validation script) beside a runbook without escalation.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TIMEOUT, expectVerdicts, move, rewrite, solutionAt, write } from './corpus.js';

const ALL_PASS = {
  files: 'pass',
  'validate-runs': 'pass',
  'validate-refuses-bad-data': 'pass',
  'regression-tests': 'pass',
  'reference-metrics': 'pass',
  'regression-compares': 'pass',
  'validate-script': 'pass',
  'runbook-severity': 'pass',
  'audit-tooling': 'pass',
  'maintenance-guide': 'pass',
  runbook: 'pass',
  'requirements-pinned': 'pass',
  pyproject: 'pass',
  pytest: 'pass',
} as const;

const RUNBOOK_ES = [
  '# Runbook del servicio de churn',
  '',
  '## Severidades y guardia',
  '',
  '- SEV1: el servicio no responde o devuelve errores a más del 5 % de las peticiones; la guardia actúa en 15 minutos.',
  '- SEV2: latencia p95 por encima de 800 ms durante 10 minutos o deriva confirmada en una variable clave.',
  '- Contacto: la persona de guardia de la semana (canal #churn-guardia); si no contesta en 15 minutos, la responsable del modelo.',
  '',
  '## Incidente: la tasa de errores sube',
  '',
  'Síntoma: la alerta de errores salta y los paneles muestran respuestas 500 en /predict.',
  '',
  'Diagnóstico: mira los logs JSON del último despliegue, filtra por level=ERROR y compara la versión del',
  'modelo cargado con la del registro; revisa si el cambio coincide con una subida de dependencias.',
  '',
  'Mitigación: vuelve a la imagen anterior con el despliegue de la versión etiquetada y confirma que la tasa',
  'de errores baja por debajo del umbral en los diez minutos siguientes.',
  '',
  'Escalado: si la vuelta atrás no basta en 30 minutos, escalar a la responsable del modelo y abrir un',
  'incidente SEV1 en el canal del equipo de plataforma, con los enlaces a los logs y a las métricas.',
];

const GUIDE_ES = [
  '# Guía de mantenimiento',
  '',
  '## Cómo subimos dependencias',
  '',
  'Dependabot abre cada lunes las propuestas de actualización de requirements.txt y de las acciones de CI.',
  'Cada propuesta pasa pip-audit, los tests de regresión contra la referencia congelada y el script de',
  'validación antes de fusionarse; una subida de scikit-learn exige volver a entrenar y congelar de nuevo la',
  'referencia, porque un modelo serializado con otra versión no se puede cargar con garantías.',
  '',
  '## Rutina de revisión',
  '',
  '- Semanal: revisar las alertas de la semana, las propuestas de Dependabot pendientes y el informe de pip-audit.',
  '- Mensual: comparar las métricas en producción con las de referencia y revisar la deriva de las variables.',
  '- Trimestral: ensayar un procedimiento del runbook, revisar los permisos y decidir si hace falta reentrenar.',
  '',
  'Cada revisión deja una nota breve en el registro del equipo con lo visto, lo decidido y quién lo hará,',
  'para que la siguiente persona de guardia sepa qué quedó pendiente y por qué.',
];

describe('corpus 11: maintenance', () => {
  it('docs/maintenance.md, docs/runbooks/model-degraded.md, scripts/validate_inputs.py, tests/test_model_regression.py', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('11', 'maint-docs', 'churn-maintenance');
    const { dir } = place;
    move(join(dir, 'MAINTENANCE_GUIDE.md'), join(dir, 'docs', 'maintenance.md'));
    move(join(dir, 'RUNBOOK.md'), join(dir, 'docs', 'runbooks', 'model-degraded.md'));
    move(join(dir, 'scripts', 'validate.py'), join(dir, 'scripts', 'validate_inputs.py'));
    move(join(dir, 'tests', 'test_regression.py'), join(dir, 'tests', 'test_model_regression.py'));
    rewrite(join(dir, 'tests', 'test_model_regression.py'), [[/from scripts\.validate import/, 'from scripts.validate_inputs import']]);
    rewrite(join(dir, 'tests', 'test_validate.py'), [
      [/from scripts import validate\n/, 'from scripts import validate_inputs as validate\n'],
      [/from scripts\.validate import/, 'from scripts.validate_inputs import'],
      [/"scripts" \/ "validate\.py"/, '"scripts" / "validate_inputs.py"'],
    ]);
    const { item } = await expectVerdicts('11', place, ALL_PASS);
    expect(item('validate-refuses-bad-data').message).toMatch(/exited with code 1/);
    expect(item('runbook').message).toContain('docs/runbooks/model-degraded.md');
  });

  it('a monorepo service with a Spanish runbook and guide under their own headings, Dependabot at the git root', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('11', 'maint-es', 'services/churn');
    move(join(place.dir, '.github'), join(place.root, '.github'));
    write(place.dir, { 'RUNBOOK.md': RUNBOOK_ES, 'MAINTENANCE_GUIDE.md': GUIDE_ES });
    await expectVerdicts('11', place, ALL_PASS);
  });

  it('a release gate that cannot fail and a runbook without escalation', { timeout: TIMEOUT }, async () => {
    const place = solutionAt('11', 'maint-empty', 'release');
    write(place.dir, { 'scripts/validate.py': ['"""Validation (to do)."""', 'import sys', '', 'sys.exit(0)'] });
    rewrite(join(place.dir, 'RUNBOOK.md'), [[/escalat\w*/gi, 'call']]);
    const { item } = await expectVerdicts('11', place, { ...ALL_PASS, 'validate-refuses-bad-data': 'fail', 'regression-tests': 'fail', 'validate-script': 'fail', runbook: 'fail', pytest: 'fail' });
    expect(item('validate-refuses-bad-data').message).toMatch(/exited with code 0/);
  });
});
