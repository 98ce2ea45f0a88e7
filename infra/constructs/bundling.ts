/**
 * How the project's TypeScript becomes a Lambda deployment package: esbuild on this machine (no Docker),
 * one ES module, the AWS SDK bundled in (pinned, tested versions rather than whatever the runtime ships).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type { BuildOptions } from 'esbuild';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

/**
 * Packages shipped as both a CommonJS and an ES module build, where one importer `require`s them
 * (`@zone-eu/mailsplit`, mailparser's MIME splitter, is CommonJS) and another `import`s them (mailparser
 * itself): esbuild follows each importer's condition and bundles both builds, ≈100 KB twice. Pointing
 * every import at the CommonJS build keeps one copy. Not the other way round: `require()` of the ES build
 * would return its namespace (`{ default }`), not the object mailsplit calls methods on, while an `import`
 * of the CommonJS build gets `module.exports` as its default, which is how mailparser imports them.
 */
const requireFromHere = createRequire(import.meta.url);
const ONE_BUILD = Object.fromEntries(['libmime', 'libqp', 'libbase64'].map((name) => [name, requireFromHere.resolve(name)]));

/**
 * The esbuild options of every function, in esbuild's own terms. The CDK bundling below is derived from
 * this object and `npm run bench` (bench/cold-start.ts) builds with it, so the bundle measured is the
 * bundle deployed.
 */
export const FUNCTION_BUILD = {
  bundle: true,
  platform: 'node',
  // The functions' runtime (lambda.Runtime.NODEJS_24_X): nothing is lowered for an older Node.
  target: 'node24',
  format: 'esm',
  mainFields: ['module', 'main'],
  alias: ONE_BUILD,
  // Some dependencies still call require() (CommonJS inside an ES module): give them one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  external: [],
  minify: true,
  // A linked map beside the code, read only when asked: the functions do NOT set
  // NODE_OPTIONS=--enable-source-maps (reading a 10 MB map made module init 1.3× slower at every cold
  // start); the README's "Performance" says how to turn it on. Without the sources' text the map is
  // smaller, and a mapped stack trace needs only the mappings.
  sourcemap: true,
  sourcesContent: false,
} as const satisfies BuildOptions;

export interface ExtraFile {
  /** absolute path on this machine */
  readonly from: string;
  /** path inside the package */
  readonly to: string;
}

export function esmBundling(options: { extraFiles?: readonly ExtraFile[] } = {}): Pick<nodejs.NodejsFunctionProps, 'bundling' | 'depsLockFilePath' | 'projectRoot'> {
  const copies = (outputDir: string) =>
    (options.extraFiles ?? []).map(
      // node rather than cp: the same command works where the CDK runs it through cmd.exe.
      (file) => `node -e "require('node:fs').copyFileSync(process.argv[1], process.argv[2])" ${JSON.stringify(file.from)} ${JSON.stringify(`${outputDir}/${file.to}`)}`,
    );
  return {
    projectRoot: PROJECT_ROOT,
    depsLockFilePath: `${PROJECT_ROOT}/package-lock.json`,
    bundling: {
      format: nodejs.OutputFormat.ESM,
      target: FUNCTION_BUILD.target,
      mainFields: [...FUNCTION_BUILD.mainFields],
      banner: FUNCTION_BUILD.banner.js,
      externalModules: [...FUNCTION_BUILD.external],
      esbuildArgs: { '--alias': Object.entries(FUNCTION_BUILD.alias).map(([name, path]) => `${name}=${path}`) },
      minify: FUNCTION_BUILD.minify,
      sourceMap: FUNCTION_BUILD.sourcemap,
      sourcesContent: FUNCTION_BUILD.sourcesContent,
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_inputDir, outputDir) => copies(outputDir),
      },
    },
  };
}
