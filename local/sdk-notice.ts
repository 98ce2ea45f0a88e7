/**
 * Imported first by the local commands. On Node 20 the AWS SDK prints an eight-line warning (its releases
 * after January 2027 need Node 22) the first time a client is built. This turns it into one line on
 * stderr, once per process, and only when the SDK warns: a command that builds no client (`npm run send`)
 * says nothing. It used to switch the SDK's warning off and print its own line on import, so every local
 * command said it, whether or not it used the SDK.
 */
const SDK_WARNING = 'NodeVersionSupportWarning';
let said = false;
const emitWarning = process.emitWarning.bind(process) as (...args: unknown[]) => void;

process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  const text = typeof warning === 'string' ? warning : warning.message;
  if (!text.startsWith(SDK_WARNING)) {
    emitWarning(warning, ...rest);
    return;
  }
  if (said) return;
  said = true;
  console.warn(`note: Node ${process.versions.node}: AWS SDK releases after January 2027 need Node 22 or later (Lambda runs 22/24).`);
}) as typeof process.emitWarning;

export {};
