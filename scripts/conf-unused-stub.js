// conf imports ajv (for its JSON-schema option) and semver (for its version-keyed migrations).
// mlops-tutor uses neither: the store is validated with zod and migrated by schemaVersion
// (src/state/migrations.ts). Replacing them in the bundle saves parsing ~150 KB at every start.
// Reaching any of this is a bug, so it throws.
const unused = (name) => () => {
  throw new Error(`${name} is not bundled: conf must be used without schema and migrations options`);
};
export class Ajv2020 {
  constructor() {
    unused('ajv')();
  }
}
export default new Proxy({}, { get: (_, key) => (key === 'default' ? unused('ajv-formats') : unused(`semver.${String(key)}`)) });
