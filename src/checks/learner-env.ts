// The environment the learner's code runs with: what their tools need to work (the PATH, the
// virtual environment, the locale, proxies and certificates), nothing else. Our own variables
// (MLOPS_TUTOR_HOME says where the learner's progress lives) and whatever else the shell holds — API
// tokens, cloud keys — are not the learner's test's business.

const KEPT_NAMES = new Set(['PATH', 'HOME', 'LANG', 'LANGUAGE', 'TERM', 'TMPDIR', 'VIRTUAL_ENV', 'CONDA_PREFIX', 'USER', 'LOGNAME', 'SHELL', 'http_proxy', 'https_proxy', 'no_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'NO_PROXY']);
// XDG_*: where tools keep their configuration and caches (matplotlib, pip, dvc) when HOME is not writable.
const KEPT_PREFIXES = ['LC_', 'PYTHON', 'SSL_CERT_', 'XDG_'];

/** The documented list (README, "checker" section): names kept as they are, then prefixes. */
export const KEPT_VARIABLES = [...KEPT_NAMES, ...KEPT_PREFIXES.map((prefix) => `${prefix}*`)];

export function learnerEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const kept: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined || name.startsWith('MLOPS_TUTOR_')) continue;
    if (KEPT_NAMES.has(name) || KEPT_PREFIXES.some((prefix) => name.startsWith(prefix))) kept[name] = value;
  }
  return kept;
}
