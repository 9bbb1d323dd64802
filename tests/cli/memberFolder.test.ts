/** Member files come from the document's folder (or --allow-root): a path that leaves it is refused unread. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot, run } from "./helpers.js";

const secretPath = join(repoRoot, "secret.txt");
const secret = "s3cr3t-password-line";
const document = join(repoRoot, "examples", "outside.valuecase.json");
const text = JSON.stringify({ frame: "../secret.txt", case: "distributor.case.json" });
const files = { [document]: text, [secretPath]: secret };

describe("member paths outside the document's folder", () => {
  it("are refused at the member, without reading or echoing the file", async () => {
    for (const command of [["validate"], ["report"], ["simulate", "-n", "10"]]) {
      const result = await run([...command, "examples/outside.valuecase.json"], { files });
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        'examples/outside.valuecase.json:1:10: frame: cannot read the frame file "../secret.txt": it is outside the document\'s folder; pass --allow-root <folder> to read members from a wider folder [outside_folder]',
      );
      expect(result.stderr + result.stdout).not.toContain(secret);
    }
  });

  it("are read under --allow-root, which the problem then names", async () => {
    const allowed = await run(["validate", "examples/outside.valuecase.json", "--allow-root", "."], { files });
    expect(allowed.stderr).not.toContain("outside_folder");
    expect(allowed.stderr).toContain("secret.txt");
    const narrower = await run(["validate", "examples/outside.valuecase.json", "--allow-root", "examples"], { files });
    expect(narrower.stderr).toContain("is outside the --allow-root folder");
  });

  it("inside the folder load as before", async () => {
    const result = await run(["validate", "examples/distributor.valuecase.json"]);
    expect(result.code).toBe(0);
    expect(readFileSync(join(repoRoot, "examples", "distributor.valuecase.json"), "utf8")).toContain('"frame": "distributor.frame.json"');
  });
});
