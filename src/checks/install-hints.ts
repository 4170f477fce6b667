// How to install what an item needs: pip name and Debian package of each Python module the checkers use.
import type { Messages } from '../i18n/index.js';

const PIP: Record<string, string> = { sklearn: 'scikit-learn', yaml: 'PyYAML', pytest_cov: 'pytest-cov', PIL: 'Pillow' };
const APT: Record<string, string> = { mypy: 'mypy', sklearn: 'python3-sklearn', yaml: 'python3-yaml', pytest_cov: 'python3-pytest-cov' };

export const pipName = (module: string) => PIP[module] ?? module;
export const aptName = (module: string) => APT[module] ?? `python3-${module.toLowerCase().replace(/_/g, '-')}`;

/** Packages Debian does not ship: pip is the only way. */
const PIP_ONLY = new Set(['streamlit', 'mlflow', 'dvc']);

export function installHint(modules: readonly string[], t: Messages['check']): string {
  if (modules.some((name) => PIP_ONLY.has(name))) return t.install.pipOnly(modules.map(pipName).join(' '));
  return t.install.modules(modules.map(pipName).join(' '), modules.map(aptName).join(' '));
}

/** Command-line tools the checkers may need, with their pip package. */
export function toolHint(tool: string, t: Messages['check']): string {
  return t.install.tool(tool === 'dvc' ? 'dvc' : tool === 'mlflow' ? 'mlflow' : tool);
}
