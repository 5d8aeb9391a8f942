// What rules:publish sends for a shipped folder is what the worker accepts: the Node hash of the
// lock and the worker's WebCrypto hash agree, and its golden cases pass on the worker's side.
import { describe, expect, it } from "vitest";
import type { ReleasesLock } from "../../../worker/generated/types/rules/releases-lock.ts";
import { acceptRelease } from "../../../worker/releases/accept-release.ts";
import { publicationOfFolder } from "../../../worker/tooling/authoring/release-publication.ts";
import { releaseContentHash } from "../../../worker/tooling/cli/release-folders.ts";
import { shippedTree } from "./rule-data-fixtures.ts";

const lock = import.meta.glob<ReleasesLock>("/rules/releases.lock.json", { eager: true, import: "default" })[
  "/rules/releases.lock.json"
]!;
const shipped = () => shippedTree().folders.find((folder) => folder.version === "2026.4.0")!;

describe("the publication rules:publish sends", () => {
  it("carries the lock's hash, and the worker accepts it as it is", async () => {
    const publication = publicationOfFolder(shipped(), lock, releaseContentHash, "2027-01-01T06:00:00Z");
    expect(publication).toMatchObject({
      version: "2026.4.0",
      hash: lock.releases["2026.4.0"]!.hash,
      activateAt: "2027-01-01T06:00:00Z",
    });
    expect(Object.keys(publication.files)).toContain("rules/ncci.cases.json");
    expect((await acceptRelease(publication)).release.hash).toBe(publication.hash);
  });

  it("is not built for a folder edited after it was cut", () => {
    const folder = shipped();
    const manifest = folder.files.find((file) => file.relativePath === "release.json")!;
    manifest.data = { ...(manifest.data as object), description: "Edited afterwards." };
    expect(() => publicationOfFolder(folder, lock, releaseContentHash)).toThrow(/was edited after it was cut/);
  });

  it("is not built for a folder the lock does not know", () => {
    expect(() => publicationOfFolder({ ...shipped(), version: "2027.1.0" }, lock, releaseContentHash)).toThrow(
      /not in rules\/releases.lock.json/,
    );
  });
});
