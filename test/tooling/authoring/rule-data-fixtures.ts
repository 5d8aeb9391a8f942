// Release folders for the rule-tooling tests, read the way rules:check reads the disk but from
// files vite bundles into the test (workerd has no file system): the shipped releases, and the
// shipped newest release with a fixture folder from test/fixtures/rules/ laid over it.
import {
  releaseContentHash,
  releaseFileFromText,
  ReleaseFileError,
  sourceVersion,
  type ReleaseFile,
  type ReleaseFolder,
} from "../../../worker/tooling/cli/release-folders.ts";
import type { ReleasesLock } from "../../../worker/tooling/authoring/release-lock.ts";
import { projectRoot, type SchemaFile } from "../../../worker/tooling/cli/schema-files.ts";
import type { AuthoringProblem } from "../../../worker/tooling/authoring/authoring-problem.ts";
import { checkRuleData } from "../../../worker/tooling/authoring/check-rule-data.ts";
import { fromReleaseFileError, schemaCheck } from "../../../worker/tooling/authoring/schema-check.ts";

// vite needs each glob's options written out literally.
const releaseTexts = import.meta.glob<string>("/rules/releases/*/**/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const sourceTexts = import.meta.glob<string>("/rules/source/**/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const lockTexts = import.meta.glob<string>("/rules/releases.lock.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const fixtureTexts = import.meta.glob<string>("/test/fixtures/rules/**/*.json", {
  query: "?raw",
  import: "default",
  eager: true,
});
const schemaModules = import.meta.glob<Record<string, unknown>>("/schemas/**/*.schema.json", {
  import: "default",
  eager: true,
});

export interface RuleTree {
  folders: ReleaseFolder[];
  /** rules/source/, the tree authors edit. */
  source?: ReleaseFolder;
  lock?: ReleasesLock;
  unreadable: AuthoringProblem[];
}

export const schemaFiles: SchemaFile[] = Object.entries(schemaModules).map(([path, schema]) => ({
  relativePath: path.replace(/^\/schemas\//, ""),
  id: String(schema.$id),
  title: String(schema.title),
  schema,
}));

const absolute = (path: string) => `${projectRoot}${path.replace(/^\//, "")}`;

function read(directory: string, path: string, text: string, unreadable: AuthoringProblem[]): ReleaseFile | undefined {
  try {
    return releaseFileFromText(absolute(directory), absolute(path), text);
  } catch (reason) {
    if (!(reason instanceof ReleaseFileError)) throw reason;
    unreadable.push(fromReleaseFileError(reason));
    return undefined;
  }
}

export function shippedTree(): RuleTree {
  const unreadable: AuthoringProblem[] = [];
  const byVersion = new Map<string, ReleaseFile[]>();
  for (const [path, text] of Object.entries(releaseTexts)) {
    const version = path.split("/")[3]!;
    const file = read(`/rules/releases/${version}`, path, text, unreadable);
    if (file) byVersion.set(version, [...(byVersion.get(version) ?? []), file]);
  }
  const folders = [...byVersion.entries()]
    .map(([version, files]) => ({
      version,
      directory: absolute(`/rules/releases/${version}`),
      files: files.sort((a, b) => a.relativePath.localeCompare(b.relativePath)),
    }))
    .sort((a, b) => a.version.localeCompare(b.version, undefined, { numeric: true }));
  const sourceFiles = Object.entries(sourceTexts).flatMap(
    ([path, text]) => read("/rules/source", path, text, unreadable) ?? [],
  );
  const source = sourceFiles.length
    ? {
        version: sourceVersion,
        directory: absolute("/rules/source"),
        files: sourceFiles.sort((a, b) => a.relativePath.localeCompare(b.relativePath)),
      }
    : undefined;
  const lockText = lockTexts["/rules/releases.lock.json"];
  return {
    folders,
    unreadable,
    ...(source ? { source } : {}),
    ...(lockText ? { lock: JSON.parse(lockText) as ReleasesLock } : {}),
  };
}

/**
 * The shipped tree with the source's files (the newest release's, in a tree of releases alone)
 * replaced or joined by the fixture's, each kept at its fixture path so problems name it.
 * `placeUnder` puts a flat fixture (the example rule) under that folder.
 */
export function treeWithFixture(fixture: string, placeUnder = ""): RuleTree & { release: ReleaseFolder } {
  const tree = shippedTree();
  const release = tree.source ?? tree.folders.at(-1)!;
  const prefix = `/test/fixtures/rules/${fixture}/`;
  const entries = Object.entries(fixtureTexts).filter(([path]) => path.startsWith(prefix));
  if (entries.length === 0) throw new Error(`no fixture folder ${prefix}`);
  for (const [path, text] of entries) {
    const file = read(prefix, path, text, tree.unreadable);
    if (!file) continue;
    const relativePath = `${placeUnder}${file.relativePath}`;
    release.files = [
      ...release.files.filter((candidate) => candidate.relativePath !== relativePath),
      { ...file, relativePath },
    ];
  }
  return { ...tree, release };
}

export function fixtureText(path: string): string {
  const text = fixtureTexts[`/test/fixtures/rules/${path}`];
  if (text === undefined) throw new Error(`no fixture ${path}`);
  return text;
}

/** rules:check over a tree: the schema half and the cross-file half, as the CLI runs them. */
export function checkTree(tree: RuleTree, guide?: Parameters<typeof checkRuleData>[0]["guide"]): AuthoringProblem[] {
  return checkRuleData({
    root: projectRoot,
    releases: tree.folders,
    ...(tree.source ? { source: tree.source } : {}),
    ...(tree.lock ? { lock: { data: tree.lock, hashOf: releaseContentHash } } : {}),
    unreadable: tree.unreadable,
    schemaProblems: schemaCheck([...(tree.source ? [tree.source] : []), ...tree.folders], schemaFiles, projectRoot),
    guide,
  });
}
