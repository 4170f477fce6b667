// conf imports ajv for its JSON-schema option, which mlops-tutor never passes (the store is validated
// with zod). Replacing ajv in the bundle saves parsing ~120 KB at every start. Constructing it is a bug.
export class Ajv2020 {
  constructor() {
    throw new Error('ajv is not bundled: pass no schema to conf; validate with zod');
  }
}
export default { default: () => undefined };
