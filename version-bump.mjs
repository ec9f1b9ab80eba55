import { readFileSync, writeFileSync } from "node:fs";

// Run by `npm version`: copies the new version into manifest.json and records
// which minAppVersion it needs in versions.json.
const targetVersion = process.env.npm_package_version;
if (!targetVersion) throw new Error("npm_package_version is not set: run this through `npm version`.");

const manifest = JSON.parse(readFileSync("manifest.json", "utf8"));
manifest.version = targetVersion;
writeFileSync("manifest.json", JSON.stringify(manifest, null, "\t") + "\n");

const versions = JSON.parse(readFileSync("versions.json", "utf8"));
versions[targetVersion] = manifest.minAppVersion;
writeFileSync("versions.json", JSON.stringify(versions, null, "\t") + "\n");
