/**
 * Resolves link targets to vault paths the way Obsidian's `getFirstLinkpathDest` does,
 * without Obsidian: the command line uses it (the plugin asks Obsidian itself), and
 * tests/core/links/link-cases.ts holds the tricky links both must agree on.
 *
 * Rules, in order:
 * - A target with a folder (`People/Ana Diaz`) is a path: first from the vault root, then
 *   as the end of a longer path (`Clients/Ana` finds `People/Clients/Ana.md`). `./` and
 *   `../` are relative to the source only; a leading `/` means the vault root only.
 * - A bare name matches file names case-insensitively; when several files share it, the
 *   shortest path wins, ties alphabetically (by code unit).
 * - Aliases are never link targets: Obsidian does not resolve `[[Bobby]]` to the note whose
 *   aliases say Bobby (they are names a note can be mentioned by, see links/names.ts).
 * Each target is tried as written and with `.md` appended. For paths, exact case beats
 * other case. Names compare in NFC, so a name's Unicode form never matters.
 */

export interface LinkResolver {
	/** The vault path a link target points to, or null when nothing matches. */
	resolve(target: string, sourcePath: string): string | null;
	/** Adds a file (known already: nothing changes). */
	add(path: string): void;
	remove(path: string): void;
}

/**
 * The form paths and targets are compared in: NFC (a file name stored as NFD, as macOS long
 * did, and a link typed as NFC are the same name), lower case.
 */
function key(text: string): string {
	return text.normalize("NFC").toLowerCase();
}

/** Shortest path first, then alphabetical (by code unit, so it is the same everywhere). */
function better(a: string, b: string): boolean {
	if (a.length !== b.length) return a.length < b.length;
	return a < b;
}

function pick(paths: Iterable<string> | undefined, accept: (path: string) => boolean = () => true): string | null {
	let best: string | null = null;
	if (!paths) return null;
	for (const path of paths) {
		if (accept(path) && (best === null || better(path, best))) best = path;
	}
	return best;
}

function fileName(path: string): string {
	return path.slice(path.lastIndexOf("/") + 1);
}

function stripMd(name: string): string {
	return name.toLowerCase().endsWith(".md") ? name.slice(0, -3) : name;
}

function folderOf(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash < 0 ? "" : path.slice(0, slash);
}

/** Joins and normalises `.`/`..` segments; null when the path climbs above the vault. */
function joinPath(folder: string, relative: string): string | null {
	const parts: string[] = [];
	for (const segment of `${folder}/${relative}`.split("/")) {
		if (segment === "" || segment === ".") continue;
		if (segment === "..") {
			if (parts.length === 0) return null;
			parts.pop();
		} else {
			parts.push(segment);
		}
	}
	return parts.join("/");
}

class MultiMap {
	private readonly _map = new Map<string, Set<string>>();

	add(key: string, value: string): void {
		let set = this._map.get(key);
		if (!set) {
			set = new Set();
			this._map.set(key, set);
		}
		set.add(value);
	}

	delete(key: string, value: string): void {
		const set = this._map.get(key);
		if (!set) return;
		set.delete(value);
		if (set.size === 0) this._map.delete(key);
	}

	get(key: string): Set<string> | undefined {
		return this._map.get(key);
	}
}

/** The index of paths, file names and aliases that resolve() reads. */
class PathResolver implements LinkResolver {
	private readonly _known = new Set<string>();
	private readonly _byLowerPath = new MultiMap();
	/** Lower-cased file name without `.md` (other extensions kept) → paths. */
	private readonly _byName = new MultiMap();

	remove(path: string): void {
		if (!this._known.delete(path)) return;
		this._byLowerPath.delete(key(path), path);
		this._byName.delete(key(stripMd(fileName(path))), path);
	}

	add(path: string): void {
		if (this._known.has(path)) return;
		this._known.add(path);
		this._byLowerPath.add(key(path), path);
		this._byName.add(key(stripMd(fileName(path))), path);
	}

	/** An exact vault path, as written or with `.md`; exact case first. */
	private _byPath(path: string): string | null {
		const candidates = path.toLowerCase().endsWith(".md") ? [path] : [path, `${path}.md`];
		for (const candidate of candidates) if (this._known.has(candidate)) return candidate;
		for (const candidate of candidates) {
			const found = pick(this._byLowerPath.get(key(candidate)));
			if (found !== null) return found;
		}
		return null;
	}

	/** Files whose path ends with `/<path>` (or `/<path>.md`). */
	private _bySuffix(path: string): string | null {
		const lower = key(path);
		const suffixes = lower.endsWith(".md") ? [`/${lower}`] : [`/${lower}`, `/${lower}.md`];
		const name = stripMd(fileName(lower));
		const accept = (candidate: string): boolean => {
			const lowerCandidate = key(candidate);
			return suffixes.some((suffix) => lowerCandidate.endsWith(suffix));
		};
		return pick(this._byName.get(name), accept) ?? pick(this._byName.get(fileName(lower)), accept);
	}

	private _byBareName(name: string): string | null {
		return pick(this._byName.get(key(stripMd(name))));
	}

	resolve(rawTarget: string, sourcePath: string): string | null {
		// Be lenient with targets that still carry a heading or display text.
		let target = rawTarget.split("|")[0] ?? "";
		target = (target.split("#")[0] ?? "").trim().replace(/\\/g, "/").normalize("NFC");
		if (target === "") return null;

		if (target.startsWith("./") || target.startsWith("../")) {
			const path = joinPath(folderOf(sourcePath), target);
			return path ? this._byPath(path) : null;
		}
		if (target.startsWith("/")) {
			const path = joinPath("", target);
			return path ? this._byPath(path) : null;
		}
		if (target.includes("/")) {
			const fromRoot = joinPath("", target);
			return fromRoot ? (this._byPath(fromRoot) ?? this._bySuffix(fromRoot)) : null;
		}
		return this._byBareName(target);
	}
}

export function createLinkResolver(paths: Iterable<string>): LinkResolver {
	const resolver = new PathResolver();
	for (const path of paths) resolver.add(path);
	return resolver;
}
