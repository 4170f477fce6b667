// Draft Spanish and English sentences for every code the parsers return, so a checker can show a finding
// in the learner's language. Typed against the codes: a code without a sentence does not compile.
// (Meant to move into src/i18n when the checkers use the parsers.)
import type { Finding, FindingArgs } from './finding.js';
import type { ViolationCode } from './openapi-schema.js';
import type { OpenApiProblemCode } from './openapi-sample.js';
import type { PinnedNoteCode, PinnedVerdictCode } from './pinned.js';
import type { RootCauseCode } from './pytest-output.js';
import type { PyprojectProblemCode } from './pyproject.js';
import type { RequirementsProblemCode } from './requirements.js';
import type { CoverageGateCode, CoverageNoteCode, PythonMatrixCode, ScanReasonCode } from './workflow-analysis.js';
import type { UnresolvedReason } from './workflow-env.js';

export type ParseCode =
  | RequirementsProblemCode
  | PyprojectProblemCode
  | PinnedVerdictCode
  | PinnedNoteCode
  | CoverageGateCode
  | CoverageNoteCode
  | ScanReasonCode
  | PythonMatrixCode
  | OpenApiProblemCode
  | ViolationCode
  | RootCauseCode;

export type Lang = 'es' | 'en';
type Sentences = Record<ParseCode, (a: FindingArgs) => string>;

const s = (value: string | number | undefined): string => (value === undefined ? '' : String(value));
const at = (a: FindingArgs): string => (a.line ? `${s(a.file)}:${s(a.line)}` : s(a.file));
const field = (a: FindingArgs, body: string): string => (a.field ? `"${s(a.field)}"` : body);

export const unresolvedReasons: Record<Lang, Record<UnresolvedReason, string>> = {
  es: {
    vars: 'es una variable del repositorio (vars), que vive en la configuración de GitHub y no en los ficheros',
    secrets: 'es un secreto, que no se puede leer',
    'input-without-default': 'es una entrada del workflow sin valor por defecto',
    'matrix-missing': 'la matriz del job no tiene esa clave',
    'matrix-dynamic': 'la matriz se calcula al ejecutar el workflow',
    'undefined-variable': 'no está definida en ningún env: del workflow ni antes en el script',
    'runner-variable': 'la define el runner de GitHub al ejecutar',
    'job-output': 'es la salida de otro job o paso, que solo existe al ejecutar',
    expression: 'es una expresión que solo se evalúa al ejecutar',
    'too-deep': 'las variables se refieren unas a otras demasiadas veces (o en bucle)',
  },
  en: {
    vars: 'is a repository variable (vars), which lives in GitHub settings, not in the files',
    secrets: 'is a secret, which cannot be read',
    'input-without-default': 'is a workflow input without a default',
    'matrix-missing': "the job's matrix has no such key",
    'matrix-dynamic': 'the matrix is computed when the workflow runs',
    'undefined-variable': 'is not defined in any env: of the workflow nor earlier in the script',
    'runner-variable': 'is set by the GitHub runner at run time',
    'job-output': "is another job's or step's output, which exists only at run time",
    expression: 'is an expression evaluated only at run time',
    'too-deep': 'the variables refer to each other too many times (or in a loop)',
  },
};

const reason = (lang: Lang, a: FindingArgs): string => unresolvedReasons[lang][a.reason as UnresolvedReason] ?? s(a.reason);

const es: Sentences = {
  'req.unparseable': (a) => `${at(a)}: "${s(a.text)}" no es un requisito ni una opción de pip.`,
  'req.unpinned': (a) => (a.specifier ? `${at(a)}: ${s(a.name)} ${s(a.specifier)} admite varias versiones: fija una con ==.` : `${at(a)}: ${s(a.name)} no fija versión: escribe ${s(a.name)}==<versión>.`),
  'req.hash-missing': (a) => `${at(a)}: ${s(a.name)} no tiene --hash y otros sí: pip rechazará el fichero entero; regenéralo con pip-compile --generate-hashes.`,
  'req.include-missing': (a) => `${at(a)}: incluye ${s(a.path)}, que no existe.`,
  'req.include-cycle': (a) => `${at(a)}: ${s(a.path)} se incluye a sí mismo a través de -r/-c; quita el bucle.`,
  'req.include-remote': (a) => `${at(a)}: incluye ${s(a.path)} por red; no se descarga, así que sus requisitos no se revisan.`,
  'req.unknown-option': (a) => `${at(a)}: pip no acepta la opción ${s(a.option)} en un fichero de requisitos.`,
  'req.option-value-missing': (a) => `${at(a)}: a ${s(a.option)} le falta su valor.`,
  'pyproject.invalid-toml': (a) => `${at(a)} no es TOML válido: ${s(a.message)}.`,
  'pyproject.bad-dependency': (a) => `${at(a)}: "${s(a.text)}" en ${s(a.section)} no es un requisito PEP 508.`,
  'pyproject.not-a-list': (a) => `${at(a)}: ${s(a.section)} debe ser una lista de cadenas.`,
  'pinned.lock-file': (a) => `Dependencias fijadas por ${s(a.file)} (${s(a.kind)}), versionado en git.`,
  'pinned.compiled-requirements': (a) => `Dependencias fijadas: ${s(a.file)} lo generó ${s(a.tool)} con ${s(a.count)} versiones exactas.`,
  'pinned.requirements': (a) => `Dependencias fijadas: los ${s(a.count)} requisitos de ${s(a.file)} son versiones exactas${a.hashed === 'yes' ? ', con hashes' : ''}.`,
  'pinned.pyproject-exact': (a) => `Dependencias fijadas: ${s(a.file)} da una versión exacta a cada una (${s(a.count)}).`,
  'unpinned.lock-not-committed': (a) => `${s(a.file)} no está en git: quien clone el repositorio no lo tendrá; haz git add ${s(a.file)}.`,
  'unpinned.requirement': (a) => `${at(a)}: ${s(a.name)} ${s(a.specifier) || 'sin versión'} no está fijado (${s(a.count)} sin fijar): usa == o genera el fichero con pip-compile.`,
  'unpinned.pyproject-ranges': (a) => `${at(a)}: ${s(a.name)} ${s(a.specifier) || 'sin versión'} es un rango (${s(a.count)} en total) y no hay lock file: añade uv.lock, poetry.lock o un requirements.txt compilado.`,
  'unpinned.no-dependencies': () => 'No encuentro dependencias declaradas: ni requirements*.txt, ni pyproject.toml con dependencias, ni lock file.',
  'note.dev-unpinned': (a) => `${s(a.file)} tiene ${s(a.count)} requisitos de desarrollo sin fijar (no cuenta para la nota).`,
  'note.input-file': (a) => `${s(a.file)} es la entrada de pip-compile: se juzga el fichero compilado.`,
  'coverage.gate': (a) => `Umbral de cobertura ${s(a.value)} % en ${at(a)} (job ${s(a.job)}${a.via ? `, vía ${s(a.via)}` : ''})${a.fallback ? ', valor por defecto de una variable que no se puede leer' : ''}.`,
  'coverage.gate-unresolved': (a) => `${at(a)}: el umbral de cobertura es ${s(a.raw)}, y ${s(a.ref)} ${reason('es', a)}; pon el número en el workflow o en [tool.coverage.report] fail_under.`,
  'coverage.gate-not-a-number': (a) => `${at(a)}: el umbral de cobertura "${s(a.value)}" no es un número.`,
  'coverage.no-gate': (a) => `${at(a)}: se mide la cobertura (${s(a.command)}) pero nada la exige: añade --cov-fail-under=80 o fail_under en la configuración de coverage.`,
  'coverage.runner-not-followed': (a) => `${at(a)}: los tests corren con ${s(a.command)}; su configuración no se lee aquí.`,
  'scan.continue-on-error': (a) => `continue-on-error: true en el ${a.scope === 'job' ? 'job' : 'paso'}: un hallazgo no para el build.`,
  'scan.continue-on-error-expression': (a) => `continue-on-error: ${s(a.expression)} en el ${a.scope === 'job' ? 'job' : 'paso'} puede valer true: un hallazgo no pararía el build.`,
  'scan.or-true': (a) => `El comando termina en "${s(a.suffix)}": su fallo se ignora.`,
  'scan.semicolon-true': (a) => `El comando va seguido de "${s(a.suffix)}": su fallo se ignora.`,
  'scan.set-plus-e': () => 'set +e antes del escáner y más comandos después: el estado de salida del escáner se pierde.',
  'scan.pipe-without-pipefail': (a) => `La salida del escáner va por una tubería y el shell (${s(a.shell)}) no tiene pipefail: decide el último comando; usa shell: bash o set -o pipefail.`,
  'scan.exit-code-zero': (a) => `gitleaks con ${s(a.flag)} sale con 0 aunque encuentre secretos.`,
  'scan.trivy-exit-code-zero': () => 'Trivy sale con 0 aunque encuentre vulnerabilidades salvo que --exit-code (o exit-code en la acción) sea 1.',
  'scan.trufflehog-no-fail': () => 'trufflehog sale con 0 aunque encuentre secretos si no se le pasa --fail.',
  'scan.detect-secrets-scan-only': () => 'detect-secrets scan solo escribe la línea base y siempre sale con 0; usa detect-secrets-hook --baseline.',
  'scan.safety-continue-on-error': () => 'safety con --continue-on-error sale con 0 aunque haya vulnerabilidades.',
  'scan.pip-audit-allow-failure': () => 'La acción de pip-audit tiene internal-be-careful-allow-failure: true: nunca falla.',
  'scan.osv-fail-on-vuln-false': () => 'El workflow de OSV-Scanner tiene fail-on-vuln: false: nunca falla.',
  'scan.warn-only': () => 'dependency-review-action con warn-only: true solo avisa.',
  'scan.dependabot-config-only': (a) => `${s(a.file)} configura Dependabot, que abre pull requests pero nunca hace fallar un build.`,
  'scan.not-on-push-or-pr': (a) => `El workflow solo se ejecuta en ${s(a.events)}: no puede parar un push ni un pull request.`,
  'scan.if-never-on-push-or-pr': (a) => `El ${a.scope === 'job' ? 'job' : 'paso'} tiene if: ${s(a.condition)}: nunca se ejecuta en un push ni en un pull request.`,
  'python.float-version': (a) => `${at(a)}: la versión ${s(a.meant)} escrita sin comillas es el número ${s(a.value)} en YAML: escribe "${s(a.meant)}".`,
  'python.unresolved': (a) => `${at(a)}: las versiones de Python vienen de ${s(a.ref)}, que ${reason('es', a)}.`,
  'python.version-file-missing': (a) => `${at(a)}: python-version-file apunta a ${s(a.path)}, que no existe.`,
  'openapi.not-openapi': (a) => `/openapi.json no es un documento OpenAPI 3${a.version ? ` (dice ${s(a.version)})` : ''}.`,
  'openapi.no-operation': () => 'La API no tiene ningún POST con cuerpo JSON al que enviar una petición.',
  'openapi.operation-not-found': (a) => `La API no tiene ${s(a.method)} ${s(a.path)}: revisa la ruta en mlops-tutor.json.`,
  'openapi.no-json-body': (a) => `${s(a.method)} ${s(a.path)} no recibe un cuerpo JSON.`,
  'openapi.unresolved-ref': (a) => `El esquema apunta a ${s(a.ref)}, que no existe en el documento.`,
  'openapi.example-invalid': (a) => `El ejemplo del esquema no lo cumple (${field(a, 'el cuerpo')}: ${s(a.violation)}); se usan valores construidos desde el esquema.`,
  'openapi.pattern-not-synthesised': (a) => `No sé construir un valor para "${s(a.field)}" que cumpla ${s(a.pattern)}: añade un example al campo.`,
  'response.no-schema': (a) => `La respuesta ${s(a.status)} no declara esquema (falta response_model): no se puede comprobar.`,
  'response.status-not-documented': (a) => `La API no documenta la respuesta ${s(a.status)}.`,
  'invalid.wrong-type': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} no es de tipo ${s(a.expected)}.`,
  'invalid.below-minimum': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} está por debajo del mínimo ${s(a.limit)}${a.exclusive === 'yes' ? ' (excluido)' : ''}.`,
  'invalid.above-maximum': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} supera el máximo ${s(a.limit)}${a.exclusive === 'yes' ? ' (excluido)' : ''}.`,
  'invalid.missing-required': (a) => `Falta el campo obligatorio ${field(a, '')}.`,
  'invalid.not-in-enum': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} no es uno de ${s(a.allowed)}.`,
  'invalid.too-short': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} es más corto que ${s(a.limit)} caracteres.`,
  'invalid.too-long': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} es más largo que ${s(a.limit)} caracteres.`,
  'invalid.pattern-mismatch': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} no cumple el patrón ${s(a.pattern)}.`,
  'invalid.too-few-items': (a) => `${field(a, 'el cuerpo')}: menos de ${s(a.limit)} elementos.`,
  'invalid.too-many-items': (a) => `${field(a, 'el cuerpo')}: más de ${s(a.limit)} elementos.`,
  'invalid.extra-field': (a) => `${field(a, 'el cuerpo')} no está permitido (additionalProperties: false).`,
  'invalid.not-multiple': (a) => `${field(a, 'el cuerpo')}: ${s(a.value)} no es múltiplo de ${s(a.limit)}.`,
  'pytest.cov-plugin-missing': (a) => `pytest no reconoce ${s(a.arguments)}: falta pytest-cov (python -m pip install pytest-cov).`,
  'pytest.usage-error': (a) => `pytest rechaza su línea de órdenes: ${s(a.message)}.`,
  'pytest.path-not-found': (a) => `pytest no encuentra ${s(a.path)}.`,
  'pytest.conftest-import-error': (a) => `${s(a.file)} no se puede importar: ${s(a.error)}.`,
  'pytest.internal-error': (a) => `pytest o un plugin falló por dentro: ${s(a.error)}.`,
  'pytest.collection-error': (a) => `${s(a.file)} no se puede importar: ${s(a.error)}${Number(a.count) > 1 ? ` (y otros ${Number(a.count) - 1} ficheros)` : ''}.`,
  'pytest.interrupted': (a) => `La sesión de pytest se interrumpió: ${s(a.reason)}.`,
  'pytest.fixture-not-found': (a) => `${s(a.test)} pide la fixture '${s(a.fixture)}', que nadie define (¿falta en conftest.py?).`,
  'pytest.fixture-error': (a) => `La fixture de ${s(a.test)} falló: ${s(a.error)}.`,
  'pytest.test-failed': (a) => `${s(a.test)} falla${a.location ? ` en ${s(a.location)}` : ''}: ${s(a.error)}${Number(a.count) > 1 ? ` (${s(a.count)} tests fallan)` : ''}.`,
  'pytest.coverage-below': (a) => `Todos los tests pasan pero la cobertura es ${s(a.total)} % y se exige ${s(a.required)} %.`,
  'pytest.no-tests': () => 'pytest no encontró ningún test: los ficheros deben llamarse test_*.py y las funciones test_*.',
};

const en: Sentences = {
  'req.unparseable': (a) => `${at(a)}: "${s(a.text)}" is neither a requirement nor a pip option.`,
  'req.unpinned': (a) => (a.specifier ? `${at(a)}: ${s(a.name)} ${s(a.specifier)} allows several versions: pin one with ==.` : `${at(a)}: ${s(a.name)} has no version: write ${s(a.name)}==<version>.`),
  'req.hash-missing': (a) => `${at(a)}: ${s(a.name)} has no --hash while others do: pip will refuse the whole file; regenerate it with pip-compile --generate-hashes.`,
  'req.include-missing': (a) => `${at(a)}: includes ${s(a.path)}, which does not exist.`,
  'req.include-cycle': (a) => `${at(a)}: ${s(a.path)} includes itself through -r/-c; break the loop.`,
  'req.include-remote': (a) => `${at(a)}: includes ${s(a.path)} over the network; it is not downloaded, so its requirements are not checked.`,
  'req.unknown-option': (a) => `${at(a)}: pip does not accept ${s(a.option)} in a requirements file.`,
  'req.option-value-missing': (a) => `${at(a)}: ${s(a.option)} is missing its value.`,
  'pyproject.invalid-toml': (a) => `${at(a)} is not valid TOML: ${s(a.message)}.`,
  'pyproject.bad-dependency': (a) => `${at(a)}: "${s(a.text)}" in ${s(a.section)} is not a PEP 508 requirement.`,
  'pyproject.not-a-list': (a) => `${at(a)}: ${s(a.section)} must be a list of strings.`,
  'pinned.lock-file': (a) => `Dependencies pinned by ${s(a.file)} (${s(a.kind)}), committed to git.`,
  'pinned.compiled-requirements': (a) => `Dependencies pinned: ${s(a.file)} was generated by ${s(a.tool)} with ${s(a.count)} exact versions.`,
  'pinned.requirements': (a) => `Dependencies pinned: all ${s(a.count)} requirements of ${s(a.file)} are exact versions${a.hashed === 'yes' ? ', with hashes' : ''}.`,
  'pinned.pyproject-exact': (a) => `Dependencies pinned: ${s(a.file)} gives each one an exact version (${s(a.count)}).`,
  'unpinned.lock-not-committed': (a) => `${s(a.file)} is not in git: a fresh clone will not have it; run git add ${s(a.file)}.`,
  'unpinned.requirement': (a) => `${at(a)}: ${s(a.name)} ${s(a.specifier) || 'without a version'} is not pinned (${s(a.count)} unpinned): use == or generate the file with pip-compile.`,
  'unpinned.pyproject-ranges': (a) => `${at(a)}: ${s(a.name)} ${s(a.specifier) || 'without a version'} is a range (${s(a.count)} in all) and there is no lock file: add uv.lock, poetry.lock or a compiled requirements.txt.`,
  'unpinned.no-dependencies': () => 'No declared dependencies found: no requirements*.txt, no pyproject.toml dependencies, no lock file.',
  'note.dev-unpinned': (a) => `${s(a.file)} has ${s(a.count)} unpinned development requirements (not counted).`,
  'note.input-file': (a) => `${s(a.file)} is pip-compile's input: the compiled file is judged instead.`,
  'coverage.gate': (a) => `Coverage threshold ${s(a.value)} % at ${at(a)} (job ${s(a.job)}${a.via ? `, via ${s(a.via)}` : ''})${a.fallback ? ', the default of a variable that cannot be read' : ''}.`,
  'coverage.gate-unresolved': (a) => `${at(a)}: the coverage threshold is ${s(a.raw)}, and ${s(a.ref)} ${reason('en', a)}; put the number in the workflow or in [tool.coverage.report] fail_under.`,
  'coverage.gate-not-a-number': (a) => `${at(a)}: the coverage threshold "${s(a.value)}" is not a number.`,
  'coverage.no-gate': (a) => `${at(a)}: coverage is measured (${s(a.command)}) but nothing enforces it: add --cov-fail-under=80 or fail_under to coverage's config.`,
  'coverage.runner-not-followed': (a) => `${at(a)}: tests run through ${s(a.command)}; its configuration is not read here.`,
  'scan.continue-on-error': (a) => `continue-on-error: true on the ${a.scope === 'job' ? 'job' : 'step'}: a finding does not stop the build.`,
  'scan.continue-on-error-expression': (a) => `continue-on-error: ${s(a.expression)} on the ${a.scope === 'job' ? 'job' : 'step'} may be true: a finding would not stop the build.`,
  'scan.or-true': (a) => `The command ends in "${s(a.suffix)}": its failure is ignored.`,
  'scan.semicolon-true': (a) => `The command is followed by "${s(a.suffix)}": its failure is ignored.`,
  'scan.set-plus-e': () => "set +e before the scanner and more commands after it: the scanner's exit status is lost.",
  'scan.pipe-without-pipefail': (a) => `The scanner's output is piped and the shell (${s(a.shell)}) has no pipefail: the last command decides; use shell: bash or set -o pipefail.`,
  'scan.exit-code-zero': (a) => `gitleaks with ${s(a.flag)} exits 0 even when it finds secrets.`,
  'scan.trivy-exit-code-zero': () => 'Trivy exits 0 even when it finds vulnerabilities unless --exit-code (or the action\'s exit-code) is 1.',
  'scan.trufflehog-no-fail': () => 'trufflehog exits 0 even when it finds secrets unless it is given --fail.',
  'scan.detect-secrets-scan-only': () => 'detect-secrets scan only writes the baseline and always exits 0; use detect-secrets-hook --baseline.',
  'scan.safety-continue-on-error': () => 'safety with --continue-on-error exits 0 even when there are vulnerabilities.',
  'scan.pip-audit-allow-failure': () => 'The pip-audit action has internal-be-careful-allow-failure: true: it never fails.',
  'scan.osv-fail-on-vuln-false': () => 'The OSV-Scanner workflow has fail-on-vuln: false: it never fails.',
  'scan.warn-only': () => 'dependency-review-action with warn-only: true only warns.',
  'scan.dependabot-config-only': (a) => `${s(a.file)} configures Dependabot, which opens pull requests but never fails a build.`,
  'scan.not-on-push-or-pr': (a) => `The workflow runs only on ${s(a.events)}: it cannot stop a push or a pull request.`,
  'scan.if-never-on-push-or-pr': (a) => `The ${a.scope === 'job' ? 'job' : 'step'} has if: ${s(a.condition)}: it never runs on a push or a pull request.`,
  'python.float-version': (a) => `${at(a)}: version ${s(a.meant)} without quotes is the number ${s(a.value)} in YAML: write "${s(a.meant)}".`,
  'python.unresolved': (a) => `${at(a)}: the Python versions come from ${s(a.ref)}, which ${reason('en', a)}.`,
  'python.version-file-missing': (a) => `${at(a)}: python-version-file points at ${s(a.path)}, which does not exist.`,
  'openapi.not-openapi': (a) => `/openapi.json is not an OpenAPI 3 document${a.version ? ` (it says ${s(a.version)})` : ''}.`,
  'openapi.no-operation': () => 'The API has no POST with a JSON body to send a request to.',
  'openapi.operation-not-found': (a) => `The API has no ${s(a.method)} ${s(a.path)}: check the path in mlops-tutor.json.`,
  'openapi.no-json-body': (a) => `${s(a.method)} ${s(a.path)} takes no JSON body.`,
  'openapi.unresolved-ref': (a) => `The schema points at ${s(a.ref)}, which is not in the document.`,
  'openapi.example-invalid': (a) => `The schema's own example breaks it (${field(a, 'the body')}: ${s(a.violation)}); values built from the schema are used instead.`,
  'openapi.pattern-not-synthesised': (a) => `Cannot build a value for "${s(a.field)}" that matches ${s(a.pattern)}: add an example to the field.`,
  'response.no-schema': (a) => `The ${s(a.status)} response declares no schema (no response_model): it cannot be checked.`,
  'response.status-not-documented': (a) => `The API does not document a ${s(a.status)} response.`,
  'invalid.wrong-type': (a) => `${field(a, 'the body')}: ${s(a.value)} is not of type ${s(a.expected)}.`,
  'invalid.below-minimum': (a) => `${field(a, 'the body')}: ${s(a.value)} is below the minimum ${s(a.limit)}${a.exclusive === 'yes' ? ' (exclusive)' : ''}.`,
  'invalid.above-maximum': (a) => `${field(a, 'the body')}: ${s(a.value)} is above the maximum ${s(a.limit)}${a.exclusive === 'yes' ? ' (exclusive)' : ''}.`,
  'invalid.missing-required': (a) => `The required field ${field(a, '')} is missing.`,
  'invalid.not-in-enum': (a) => `${field(a, 'the body')}: ${s(a.value)} is not one of ${s(a.allowed)}.`,
  'invalid.too-short': (a) => `${field(a, 'the body')}: ${s(a.value)} is shorter than ${s(a.limit)} characters.`,
  'invalid.too-long': (a) => `${field(a, 'the body')}: ${s(a.value)} is longer than ${s(a.limit)} characters.`,
  'invalid.pattern-mismatch': (a) => `${field(a, 'the body')}: ${s(a.value)} does not match ${s(a.pattern)}.`,
  'invalid.too-few-items': (a) => `${field(a, 'the body')}: fewer than ${s(a.limit)} items.`,
  'invalid.too-many-items': (a) => `${field(a, 'the body')}: more than ${s(a.limit)} items.`,
  'invalid.extra-field': (a) => `${field(a, 'the body')} is not allowed (additionalProperties: false).`,
  'invalid.not-multiple': (a) => `${field(a, 'the body')}: ${s(a.value)} is not a multiple of ${s(a.limit)}.`,
  'pytest.cov-plugin-missing': (a) => `pytest does not know ${s(a.arguments)}: pytest-cov is missing (python -m pip install pytest-cov).`,
  'pytest.usage-error': (a) => `pytest rejects its command line: ${s(a.message)}.`,
  'pytest.path-not-found': (a) => `pytest cannot find ${s(a.path)}.`,
  'pytest.conftest-import-error': (a) => `${s(a.file)} cannot be imported: ${s(a.error)}.`,
  'pytest.internal-error': (a) => `pytest or a plugin crashed: ${s(a.error)}.`,
  'pytest.collection-error': (a) => `${s(a.file)} cannot be imported: ${s(a.error)}${Number(a.count) > 1 ? ` (and ${Number(a.count) - 1} more files)` : ''}.`,
  'pytest.interrupted': (a) => `The pytest session was interrupted: ${s(a.reason)}.`,
  'pytest.fixture-not-found': (a) => `${s(a.test)} asks for fixture '${s(a.fixture)}', which nothing defines (missing from conftest.py?).`,
  'pytest.fixture-error': (a) => `The fixture of ${s(a.test)} failed: ${s(a.error)}.`,
  'pytest.test-failed': (a) => `${s(a.test)} fails${a.location ? ` at ${s(a.location)}` : ''}: ${s(a.error)}${Number(a.count) > 1 ? ` (${s(a.count)} tests fail)` : ''}.`,
  'pytest.coverage-below': (a) => `Every test passes but coverage is ${s(a.total)} % and ${s(a.required)} % is required.`,
  'pytest.no-tests': () => 'pytest found no tests: files must be named test_*.py and functions test_*.',
};

export const parseMessages: Record<Lang, Sentences> = { es, en };

/** The sentence for a finding (or any code with args) in `lang`. */
export function describeFinding(lang: Lang, item: Pick<Finding<ParseCode>, 'code' | 'args'> & { file?: string | undefined; line?: number | undefined }): string {
  const args: FindingArgs = { ...(item.file !== undefined && item.args.file === undefined ? { file: item.file } : {}), ...(item.line !== undefined && item.args.line === undefined ? { line: item.line } : {}), ...item.args };
  return parseMessages[lang][item.code](args);
}
