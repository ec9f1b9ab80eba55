/**
 * A typed, in-memory stand-in for the `obsidian` module. vitest aliases "obsidian" to tests/obsidian/index.ts
 * (vitest.config.ts), so plugin code runs against it unchanged while `tsc` still checks that code
 * against the real typings in node_modules/obsidian.
 *
 * - The data layer (Events, Component, TFile/TFolder, Vault and its adapter, MetadataCache,
 *   FileManager) implements the real interfaces in full.
 * - Workspace and UI classes implement the part of the API a plugin may use:
 *   `Pick<Obsidian.X, …>` checks names and types against the real API, `Has<Obsidian.X, …>`
 *   names only, where the real types reach into parts of Obsidian the stub does not model
 *   (leaf parents, splits, the full App) or return `this`.
 * - Members marked "Test helper" are not part of Obsidian. Tests import them from this folder
 *   (`import { App, loadPlugin } from "../obsidian"`), while plugin-side classes written in
 *   tests extend the classes imported from "obsidian", as in src/.
 * - Views, modals, settings, menus and code blocks need a DOM: start such test files with
 *   `// @vitest-environment happy-dom` (tests/setup.ts then installs Obsidian's DOM helpers,
 *   which the stub uses too).
 */
export { flush } from "./dom-utils";
export { Platform, apiVersion, debounce, getLanguage, getLinkpath, moment, normalizePath, parseLinktext, parseYaml, prepareFuzzySearch, requireApiVersion, setIcon, setTooltip, stringifyYaml } from "./functions";
export { getAllTags, getFrontMatterInfo, parseFrontMatterAliases, parseFrontMatterEntry, parseFrontMatterStringArray, parseFrontMatterTags } from "./frontmatter";
export { computeMetadata } from "./markdown-metadata";
export { Component, Events } from "./events";
export { TAbstractFile, TFile, TFolder } from "./files";
export { Vault } from "./vault";
export { MemoryAdapter } from "./adapter";
export { MetadataCache, type CacheOptions } from "./metadata-cache";
export { FileManager, type LinkSettings } from "./file-manager";
export { Keymap, Scope } from "./keymap";
export { FileView, ItemView, type LeafSide, MarkdownView, View, WorkspaceLeaf } from "./views";
export { Workspace } from "./workspace";
export { FuzzySuggestModal, Modal, SuggestModal, getOpenModal, getOpenModals, stubModal } from "./modals";
export { AbstractTextComponent, BaseComponent, ButtonComponent, DropdownComponent, ExtraButtonComponent, MomentFormatComponent, SliderComponent, TextAreaComponent, TextComponent, ToggleComponent, ValueComponent } from "./components";
export { PluginSettingTab, Setting, SettingGroup, SettingTab, findSetting } from "./settings";
export { MarkdownRenderChild, MarkdownRenderer, Menu, MenuItem, Notice, getLastMenu } from "./notices-and-menus";
export { App, type CodeBlockProcessor, CommandRegistry, Plugin, type RibbonIcon } from "./app-and-plugin";
export { type RenderedCodeBlock, asObsidian, createPlugin, displaySettingTab, loadPlugin, renderCodeBlock, resetStubState, unloadPlugins } from "./test-helpers";
