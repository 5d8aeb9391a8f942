import { describe, expect, it } from "vitest";
import { releaseFileFromText, ReleaseFileError } from "../../../worker/tooling/cli/release-folders.ts";

const directory = "/project/rules/releases/2026.4.0";

describe("releaseFileFromText", () => {
  it("reads a release file and resolves the schema it names", () => {
    const file = releaseFileFromText(
      directory,
      `${directory}/tables/catalog.json`,
      '{ "$schema": "../../../../schemas/rules/catalog.schema.json", "codes": [] }',
    );
    expect(file).toEqual({
      relativePath: "tables/catalog.json",
      absolutePath: `${directory}/tables/catalog.json`,
      schemaPath: "/project/schemas/rules/catalog.schema.json",
      data: expect.objectContaining({ codes: [] }),
      text: expect.stringContaining('"codes": []'),
    });
  });

  it("reports text that is not JSON with where the parser stopped", () => {
    const read = () => releaseFileFromText(directory, `${directory}/rules/units.json`, '{\n  "family": "units",\n}\n');
    expect(read).toThrow(ReleaseFileError);
    expect(read).toThrow(
      "units.json:3:1: not valid JSON: a field name in double quotes was expected (a comma after the last field?). Fix this first",
    );
  });

  it("reports truncated JSON at its end", () => {
    expect(() => releaseFileFromText(directory, `${directory}/rules/units.json`, '{\n  "family": ')).toThrow(
      "units.json:2:13: not valid JSON: a value was expected",
    );
  });
});
