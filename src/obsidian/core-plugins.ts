import type { App } from "obsidian";

/**
 * One of Obsidian's core plugins as the app holds it: whether it is enabled and its live
 * options. `app.internalPlugins` is undocumented (see tests/obsidian/README.md), so every step
 * is guarded: null when it is missing or its options are not an object.
 */
export function corePlugin(app: App, id: string): { enabled: unknown; options: Record<string, unknown> } | null {
	const host = app as unknown as { internalPlugins?: { getPluginById?: (id: string) => unknown } };
	if (typeof host.internalPlugins?.getPluginById !== "function") return null;
	const plugin = host.internalPlugins.getPluginById(id) as { enabled?: unknown; instance?: { options?: unknown } } | null;
	const options = plugin?.instance?.options;
	return plugin && options !== null && typeof options === "object" ? { enabled: plugin.enabled, options: options as Record<string, unknown> } : null;
}
