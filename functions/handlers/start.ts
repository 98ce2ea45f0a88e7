/**
 * What every handler loads at module init, and nothing more (issue #16, item 3: what loads at init): the
 * logger, and dependencies built once per cold start. The events' schemas (kit.ts, job-events.ts), the use
 * cases and the SDK clients are chunks each handler loads with `import()` at its first event.
 */
import { Logger as PowertoolsLogger } from '@aws-lambda-powertools/logger';
import type { Logger } from '../app/ports.js';

/** The structured logger of one function, and the port the use cases log through. */
export function loggerFor(serviceName: string): { powertools: PowertoolsLogger; log: Logger } {
  const powertools = new PowertoolsLogger({ serviceName });
  return {
    powertools,
    log: {
      info: (message, extra) => powertools.info({ message, ...extra }),
      warn: (message, extra) => powertools.warn({ message, ...extra }),
      error: (message, extra) => powertools.error({ message, ...extra }),
    },
  };
}

/**
 * Dependencies built once per cold start. A failed build (secret unreadable, configuration invalid) is
 * not kept: the next invocation tries again.
 */
export function oncePerColdStart<T>(build: () => T | Promise<T>): () => Promise<T> {
  let ready: Promise<T> | undefined;
  return () => {
    ready ??= Promise.resolve()
      .then(build)
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      });
    return ready;
  };
}
