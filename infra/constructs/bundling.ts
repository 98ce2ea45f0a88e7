/**
 * How the project's TypeScript becomes a Lambda deployment package: esbuild on this machine (no Docker),
 * ES modules split at every `import()` (index.mjs and the chunks it loads, with the data files of
 * DATA_FILES beside them), the AWS SDK bundled in (pinned, tested versions rather than whatever the
 * runtime ships: README, "Performance").
 */
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AssetHashType, DockerImage } from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import { buildSync, type BuildOptions, type Metafile } from 'esbuild';

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
 * Data files left out of the bundle and shipped beside it, read with `require` (the banner's, relative to
 * index.mjs) when their package asks for them (issue #16, item 3: what loads at init).
 *
 * - iconv-lite's tables of the East Asian double-byte charsets (≈400 KB of the bundle): iconv-lite asks
 *   for a table only when a codec for that charset is first built, so Shift_JIS, EUC-JP, EUC-KR and Big5
 *   tables are now read on the first mail in those charsets. (libmime builds the GBK codec at its module
 *   init, so `cp936.json` and `gbk-added.json` are still read at init, as JSON.)
 * - tr46's mapping table (≈160 KB), read at init when the configuration's domains are checked: as a file
 *   it is parsed by `JSON.parse` rather than compiled as a JavaScript object literal, which is cheaper.
 *
 * `external` keeps the packages' own `require('./tables/…')` in the code; buildFunction below copies the
 * files to where that path points from index.mjs. tests/infra/synth.test.ts decodes mail in those
 * charsets through the deployment package `cdk synth` built.
 */
const packageDir = (name: string) => dirname(requireFromHere.resolve(`${name}/package.json`));
const ICONV_TABLES = join(packageDir('iconv-lite'), 'encodings/tables');
export const DATA_FILES: readonly ExtraFile[] = [
  ...readdirSync(ICONV_TABLES)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ from: join(ICONV_TABLES, name), to: `tables/${name}` })),
  { from: join(packageDir('tr46'), 'lib/mappingTable.json'), to: 'lib/mappingTable.json' },
];

/**
 * `--no-regexp-tier-up`, set by the banner at module init (issue #16, item 3: the first message). By
 * default V8 first compiles a regular expression to bytecode and, once it has run, compiles it again to
 * machine code, from its source. The decision's and the extraction's patterns are
 * large (`\p{L}` classes under the `iu` flags, which V8 closes over case code point by code point) and
 * run many times per message, so most were compiled twice, on their first run and again on a later
 * one. Compiled once, straight to machine code, the first message took a third less CPU time (README,
 * "Performance"); what a pattern matches is the same. Lambda takes no V8 flags in NODE_OPTIONS, hence
 * `v8.setFlagsFromString` before any pattern runs.
 */
export const REGEXP_FLAGS = '--no-regexp-tier-up';

/**
 * The esbuild options of every function, in esbuild's own terms. The CDK bundling below builds with this
 * object (buildFunction) and `npm run bench` (bench/cold-start.ts) too, so the bundle measured is the
 * bundle deployed.
 *
 * Code splitting (issue #16, item 3: what loads at init): a handler loads at module init only what its
 * event's validation needs, and the use case and the SDK clients with `import()` at its first event
 * (functions/handlers/inbound.ts). esbuild writes each `import()` target, and what several of them share,
 * as chunks beside index.mjs, in the same folder: the banner's `require` resolves the data files against
 * the file it is in, so every chunk finds `./tables/…` where index.mjs does.
 */
export const FUNCTION_BUILD = {
  bundle: true,
  platform: 'node',
  // The functions' runtime (lambda.Runtime.NODEJS_24_X): nothing is lowered for an older Node.
  target: 'node24',
  format: 'esm',
  mainFields: ['module', 'main'],
  alias: ONE_BUILD,
  // Some dependencies still call require() (CommonJS inside an ES module): give them one. And V8's
  // regular expressions compiled straight to machine code (REGEXP_FLAGS below), set by whichever of the
  // package's files is evaluated first (each file carries the banner; setting it again changes nothing).
  banner: {
    js: `import { createRequire as __createRequire } from 'node:module'; import { setFlagsFromString as __setFlagsFromString } from 'node:v8'; __setFlagsFromString('${REGEXP_FLAGS}'); const require = __createRequire(import.meta.url);`,
  },
  // The data files of DATA_FILES, as their packages require them (iconv-lite's encodings/dbcs-data.js, tr46's index.js).
  external: ['./tables/*.json', './lib/mappingTable.json'],
  minify: true,
  // A linked map beside the code, read only when asked: the functions do NOT set
  // NODE_OPTIONS=--enable-source-maps (reading a 10 MB map made module init 1.3× slower at every cold
  // start); the README's "Performance" says how to turn it on. Without the sources' text the map is
  // smaller, and a mapped stack trace needs only the mappings.
  sourcemap: true,
  sourcesContent: false,
  splitting: true,
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
} as const satisfies BuildOptions;

export interface ExtraFile {
  /** absolute path on this machine */
  readonly from: string;
  /** path inside the package */
  readonly to: string;
}

/**
 * Builds one function's deployment package into `outdir`: index.mjs (the handler's module, whose
 * `handler` Lambda calls), its chunks, their source maps, and the data files beside them.
 */
export function buildFunction(entry: string, outdir: string, options: { extraFiles?: readonly ExtraFile[]; dataFiles?: boolean } = {}): Metafile {
  const result = buildSync({ ...FUNCTION_BUILD, entryPoints: { index: entry }, outdir, metafile: true, logLevel: 'error' });
  for (const file of [...(options.dataFiles === false ? [] : DATA_FILES), ...(options.extraFiles ?? [])]) {
    mkdirSync(dirname(join(outdir, file.to)), { recursive: true });
    copyFileSync(file.from, join(outdir, file.to));
  }
  return result.metafile;
}

/**
 * The code of one function for a NodejsFunction (its `code` and `handler`: with `code` given, the
 * construct's own esbuild step does not run). The NodejsFunction's bundling passes esbuild `--outfile`,
 * which rules out code splitting; this asset is built by buildFunction instead, on this machine, as the
 * NodejsFunction's was. `dataFiles: false` leaves DATA_FILES out, for a function that parses no mail and
 * loads no configuration (the rule-set activator): nothing in it asks for them.
 */
export function esmBundling(options: { entry: string; extraFiles?: readonly ExtraFile[]; dataFiles?: boolean }): Pick<nodejs.NodejsFunctionProps, 'code' | 'handler'> {
  const files = [...(options.dataFiles === false ? [] : DATA_FILES), ...(options.extraFiles ?? [])];
  return {
    handler: 'index.handler',
    code: lambda.Code.fromAsset(PROJECT_ROOT, {
      // The hash of what was built, as a NodejsFunction's asset.
      assetHashType: AssetHashType.OUTPUT,
      bundling: {
        // Never run: the local bundling below always builds. The command names what is built, which is
        // what the CDK's cache of bundled assets tells one function's asset from another's by.
        image: DockerImage.fromRegistry('dummy'),
        command: ['build-function', relative(PROJECT_ROOT, options.entry), ...files.map((file) => `${relative(PROJECT_ROOT, file.from)}=${file.to}`)],
        local: {
          tryBundle(outputDir) {
            buildFunction(options.entry, outputDir, options);
            return true;
          },
        },
      },
    }),
  };
}
