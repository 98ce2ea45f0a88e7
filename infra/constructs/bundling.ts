/**
 * How the project's TypeScript becomes a Lambda deployment package: esbuild on this machine (no Docker),
 * one ES module (with the data files of DATA_FILES beside it), the AWS SDK bundled in (pinned, tested
 * versions rather than whatever the runtime ships: README, "Performance").
 */
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
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
 * `external` keeps the packages' own `require('./tables/…')` in the code; the hook below copies the
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
  // The data files of DATA_FILES, as their packages require them (iconv-lite's encodings/dbcs-data.js, tr46's index.js).
  external: ['./tables/*.json', './lib/mappingTable.json'],
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

/**
 * The CDK bundling of one function. `dataFiles: false` leaves DATA_FILES out, for a function that parses
 * no mail and loads no configuration (the rule-set activator): nothing in it asks for them.
 */
export function esmBundling(options: { extraFiles?: readonly ExtraFile[]; dataFiles?: boolean } = {}): Pick<nodejs.NodejsFunctionProps, 'bundling' | 'depsLockFilePath' | 'projectRoot'> {
  // One node process copies every file (node rather than cp: the same command works where the CDK runs it
  // through cmd.exe); its arguments are pairs of source and destination.
  const copies = (outputDir: string) => {
    const files = [...(options.dataFiles === false ? [] : DATA_FILES), ...(options.extraFiles ?? [])].flatMap((file) => [file.from, `${outputDir}/${file.to}`]);
    const script = "const fs = require('node:fs'), path = require('node:path'), a = process.argv.slice(1); for (let i = 0; i < a.length; i += 2) { fs.mkdirSync(path.dirname(a[i + 1]), { recursive: true }); fs.copyFileSync(a[i], a[i + 1]); }";
    return files.length > 0 ? [`node -e ${JSON.stringify(script)} ${files.map((f) => JSON.stringify(f)).join(' ')}`] : [];
  };
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
