/**
 * What bench/cold-start-probe.ts loads with `import()` at its first message, as the inbound handler loads
 * its use case (functions/handlers/inbound-use-case.ts): the use case, the configuration loader and the
 * in-memory fakes the probe runs it on.
 */
export { receiveMail } from '../functions/handlers/inbound-use-case.js';
export { loadConfig } from '../functions/config/load.js';
export * as fakes from './cold-start-probe-fakes.js';
