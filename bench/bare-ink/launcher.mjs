// Starts the peer as a tuned Ink app ships: Node's compile cache on where Node has one (22+), and
// `fetch` hidden while Ink loads so yoga decodes its WebAssembly without loading undici — the same
// two start-up measures as bin/mlops-tutor.js, so the peer is no straw man.
import module from 'node:module';

module.enableCompileCache?.();
const fetch = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
Object.defineProperty(globalThis, 'fetch', { value: undefined, configurable: true, writable: true });
await import('./app.js');
if (fetch) Object.defineProperty(globalThis, 'fetch', fetch);
