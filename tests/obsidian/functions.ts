/** Obsidian's standalone functions and constants: paths, link text, moment, Platform, icons, debounce, fuzzy search, YAML. Part of the Obsidian stand-in (see README.md). */
import type * as Obsidian from "obsidian";
import momentLib from "moment";
import { parse as parseYamlText, stringify as stringifyYamlText } from "yaml";
import { YAML_OPTIONS } from "./dom-utils";

/** Obsidian's own rules: collapse slashes, trim leading/trailing ones, NBSP to space, NFC. */
export const normalizePath: typeof Obsidian.normalizePath = (path) => {
	const tidy = path.replace(/([\\/])+/g, "/").replace(/(^\/+|\/+$)/g, "");
	return (tidy === "" ? "/" : tidy).replace(/\u00A0|\u202F/g, " ").normalize("NFC");
};

export function parentPath(path: string): string {
	const slash = path.lastIndexOf("/");
	return slash <= 0 ? "/" : path.slice(0, slash);
}

export function fileName(path: string): string { return path.slice(path.lastIndexOf("/") + 1); }

export function splitName(name: string): [basename: string, extension: string] {
	const dot = name.lastIndexOf(".");
	return dot > 0 ? [name.slice(0, dot), name.slice(dot + 1)] : [name, ""];
}

export function isHiddenPath(path: string): boolean { return path.split("/").some((segment) => segment.startsWith(".")); }

export const parseLinktext: typeof Obsidian.parseLinktext = (linktext) => {
	const hash = linktext.indexOf("#");
	return hash === -1 ? { path: linktext, subpath: "" } : { path: linktext.slice(0, hash), subpath: linktext.slice(hash) };
};

export const getLinkpath: typeof Obsidian.getLinkpath = (linktext) => parseLinktext(linktext).path;

export const getLanguage: typeof Obsidian.getLanguage = () => "en";

export const apiVersion = "1.13.1";

export const requireApiVersion: typeof Obsidian.requireApiVersion = () => true;

export const moment: typeof Obsidian.moment = momentLib;

export const Platform: typeof Obsidian.Platform = {
	isDesktop: true,
	isMobile: false,
	isDesktopApp: true,
	isMobileApp: false,
	isIosApp: false,
	isAndroidApp: false,
	isPhone: false,
	isTablet: false,
	isMacOS: false,
	isWin: false,
	isLinux: true,
	isSafari: false,
	resourcePathPrefix: "app://stub/",
};

/** Marks the element instead of drawing an SVG: `data-icon` holds the icon id. */
export const setIcon: typeof Obsidian.setIcon = (parent, iconId) => {
	parent.setAttribute("data-icon", iconId);
	parent.classList.add("stub-icon");
};

export const setTooltip: typeof Obsidian.setTooltip = (target, tooltip) => {
	target.setAttribute("aria-label", tooltip);
};

export function debounce<T extends unknown[], V>(cb: (...args: [...T]) => V, timeout = 0, resetTimer = false): Obsidian.Debouncer<T, V> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let pending: [...T] | undefined;
	const stop = (): void => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
	};
	const run = (): V | void => {
		stop();
		if (!pending) return;
		const args = pending;
		pending = undefined;
		return cb(...args);
	};
	const debounced: Obsidian.Debouncer<T, V> = Object.assign(
		(...args: [...T]) => {
			pending = args;
			if (resetTimer) stop();
			timer ??= setTimeout(run, timeout);
			return debounced;
		},
		{
			cancel: () => {
				stop();
				pending = undefined;
				return debounced;
			},
			run,
		},
	);
	return debounced;
}

/** Characters of the query in order (spaces ignored); closer and earlier matches score higher. */
export const prepareFuzzySearch: typeof Obsidian.prepareFuzzySearch = (query) => {
	const wanted = query.toLowerCase().replace(/\s+/g, "");
	return (text) => {
		const haystack = text.toLowerCase();
		const matches: Obsidian.SearchMatchPart[] = [];
		let score = 0;
		let last = -1;
		for (const ch of wanted) {
			const at = haystack.indexOf(ch, last + 1);
			if (at === -1) return null;
			const previous = matches[matches.length - 1];
			if (previous && at === last + 1) previous[1] = at + 1;
			else matches.push([at, at + 1]);
			score -= last === -1 ? at * 0.1 : at - last - 1;
			last = at;
		}
		return { score: score - haystack.length * 0.001, matches };
	};
};

export const parseYaml: typeof Obsidian.parseYaml = (yaml) => {
	const value: unknown = parseYamlText(yaml, YAML_OPTIONS);
	return value;
};

export const stringifyYaml: typeof Obsidian.stringifyYaml = (obj) => stringifyYamlText(obj, { lineWidth: 0 });
