/**
 * Imported first by the local commands. The AWS SDK prints an eight-line warning on Node 20 (its
 * releases after January 2027 need Node 22); local mode says it once, in one line, on stderr.
 */
const major = Number(process.versions.node.split('.')[0]);
if (major < 22 && process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED === undefined) {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  console.warn(`note: Node ${process.versions.node}: AWS SDK releases after January 2027 need Node 22 or later (Lambda runs 22/24).`);
}
export {};
