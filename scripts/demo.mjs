// npm run demo [-- --today YYYY-MM-DD]: builds the plugin and the command line, generates
// demo-vault/ from demo/vault/ with its dates around today (see scripts/demo-vault.mjs),
// installs the plugin into it (open that folder as a vault in Obsidian to try it), then asks
// the command line who cares about the demo's newest post and who is due for a follow-up.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import esbuild from "esbuild";
import { localToday, writeDemoVault } from "./demo-vault.mjs";

const todayArg = process.argv.indexOf("--today");
const DEMO_TODAY = todayArg >= 0 ? process.argv[todayArg + 1] : localToday();
if (!/^\d{4}-\d{2}-\d{2}$/.test(DEMO_TODAY ?? "")) {
	process.stderr.write("npm run demo: --today needs a day written YYYY-MM-DD.\n");
	process.exit(2);
}

const PLUGIN_ID = "top-of-mind";
const root = dirname(dirname(fileURLToPath(import.meta.url)));
const vault = join(root, "demo-vault");
const configDir = join(vault, ".obsidian");
const pluginDir = join(configDir, "plugins", PLUGIN_ID);
const cli = join(root, "dist", "cli.cjs");

const bold = process.stdout.isTTY && !process.env.NO_COLOR ? (text) => `\u001b[1m${text}\u001b[22m` : (text) => text;

function step(text) {
	process.stdout.write(`\n${bold(`› ${text}`)}\n`);
}

function node(args, options = {}) {
	return execFileSync(process.execPath, args, { cwd: root, encoding: "utf8", ...options });
}

/** A shell-ready rendering of an argument, for showing the commands that were run. */
function shown(arg) {
	return /^[\w./:=@-]+$/.test(arg) ? arg : `"${arg}"`;
}

function runCli(args) {
	process.stdout.write(`$ top-of-mind ${args.map(shown).join(" ")}\n\n`);
	node([cli, ...args], { stdio: "inherit" });
}

/** Adds the plugin to Obsidian's list of enabled community plugins, keeping the others. */
function enablePlugin() {
	const file = join(configDir, "community-plugins.json");
	let enabled = [];
	if (existsSync(file)) {
		try {
			const value = JSON.parse(readFileSync(file, "utf8"));
			if (Array.isArray(value)) enabled = value.filter((id) => typeof id === "string");
			else process.stdout.write("  community-plugins.json was not a list; starting a new one.\n");
		} catch {
			process.stdout.write("  community-plugins.json was not valid JSON; starting a new one.\n");
		}
	}
	if (!enabled.includes(PLUGIN_ID)) enabled.push(PLUGIN_ID);
	writeFileSync(file, `${JSON.stringify(enabled, null, 2)}\n`);
}


/**
 * The published post with the latest `published` date, found with the same engine and
 * settings the command line uses (bundled on the fly from src/).
 */
async function newestPost() {
	const result = await esbuild.build({
		stdin: {
			contents: `
				import { openVault } from "./src/cli/load-vault";
				import { isPublished } from "./src/core/match/posts-for";
				openVault(process.argv[2]).then((context) => {
					const posts = context.index.allPosts().filter((post) => isPublished(post) && post.published !== null);
					posts.sort((a, b) => (a.published < b.published ? 1 : a.published > b.published ? -1 : a.path < b.path ? -1 : 1));
					process.stdout.write(posts[0] ? posts[0].path : "");
				});
			`,
			resolveDir: root,
			loader: "ts",
			sourcefile: "newest-post.ts",
		},
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		write: false,
		logLevel: "warning",
	});
	const file = join(root, "dist", "tools", "demo-newest-post.cjs");
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, result.outputFiles[0].text);
	return node([file, vault]).trim();
}

step("Building the plugin and the command line");
node(["esbuild.config.mjs", "production"], { stdio: "inherit" });
node(["esbuild.config.mjs", "cli"], { stdio: "inherit" });

step(`Writing ${relative(root, vault)}/ for ${DEMO_TODAY} (from demo/vault/, dates moved to today)`);
writeDemoVault(vault, DEMO_TODAY);

step(`Installing the plugin into ${relative(root, pluginDir)}`);
mkdirSync(pluginDir, { recursive: true });
for (const name of ["main.js", "manifest.json", "styles.css"]) copyFileSync(join(root, name), join(pluginDir, name));
enablePlugin();
process.stdout.write(`  Open ${relative(process.cwd(), vault) || "."} as a vault in Obsidian and trust its plugins to try it.\n`);

const post = await newestPost();
if (post === "") throw new Error("The demo vault has no published post.");
const vaultArg = relative(process.cwd(), vault) || ".";

step(`Who cares about the newest post, on ${DEMO_TODAY}`);
runCli(["who-cares", post, "--vault", vaultArg, "--today", DEMO_TODAY]);

step("Today's follow-ups");
runCli(["followups", "--vault", vaultArg, "--today", DEMO_TODAY]);
