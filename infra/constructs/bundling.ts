/**
 * How the project's TypeScript becomes a Lambda deployment package: esbuild on this machine (no Docker),
 * one ES module, the AWS SDK bundled in (pinned, tested versions rather than whatever the runtime ships).
 */
import { fileURLToPath } from 'node:url';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';

export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url)).replace(/\/$/, '');

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
      mainFields: ['module', 'main'],
      // Some dependencies still call require() (CommonJS inside an ES module): give them one.
      banner: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
      externalModules: [],
      minify: true,
      sourceMap: true,
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_inputDir, outputDir) => copies(outputDir),
      },
    },
  };
}
