// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
// Plugin-side classes are written as in src/: against "obsidian" (the stub at run time).
import { FuzzySuggestModal, ItemView, Keymap, MarkdownRenderChild, Menu, Plugin, PluginSettingTab, Setting, type App as ObsidianApp, type SettingDefinitionItem, type WorkspaceLeaf } from "obsidian";
import {
	App,
	DropdownComponent,
	Notice,
	SliderComponent,
	TextComponent,
	ToggleComponent,
	asObsidian,
	displaySettingTab,
	findSetting,
	flush,
	getLastMenu,
	getOpenModal,
	getOpenModals,
	loadPlugin,
	renderCodeBlock,
	stubModal,
} from "../obsidian";

describe("DOM helpers from tests/setup.ts", () => {
	it("creates elements the way Obsidian does", () => {
		const root = createDiv("root");
		const first = root.createEl("a", { cls: ["link", "mod-cta"], text: "Ana", href: "#ana", attr: { "data-path": "People/Ana.md", hidden: null } });
		const before = root.createSpan({ text: "start", prepend: true });
		root.createEl("input", { type: "checkbox", value: "on", placeholder: "x" }, (input) => input.addClass("made"));
		expect(root.firstChild).toBe(before);
		expect(first.outerHTML).toBe('<a class="link mod-cta" data-path="People/Ana.md" href="#ana">Ana</a>');
		expect(root.find("input.made")?.getAttr("placeholder")).toBe("x");
		first.toggleClass("mod-cta", false);
		first.addClass("is-active");
		expect(first.hasClass("mod-cta")).toBe(false);
		expect(first.hasClass("is-active")).toBe(true);
		first.setAttr("data-path", null);
		expect(first.hasAttribute("data-path")).toBe(false);
		first.hide();
		expect(first.isShown()).toBe(false);
		first.show();
		expect(first.isShown()).toBe(true);
		first.setText("Bo");
		expect(first.getText()).toBe("Bo");
		expect(first.instanceOf(HTMLAnchorElement)).toBe(true);
		let clicks = 0;
		first.onClickEvent(() => clicks++);
		first.click();
		expect(clicks).toBe(1);
		root.empty();
		expect(root.childNodes.length).toBe(0);
		const fragment = createFragment((f) => f.createSpan({ text: "in fragment" }));
		expect(fragment.textContent).toBe("in fragment");
		expect(activeDocument).toBe(document);
	});
});

describe("UI classes", () => {
	class PersonPicker extends FuzzySuggestModal<string> {
		chosen: string[];
		constructor(app: ObsidianApp, chosen: string[]) {
			super(app);
			this.chosen = chosen;
			this.setPlaceholder("Share with…");
		}
		getItems(): string[] {
			return ["Ana Diaz", "Bo Berg", "Dana Alvarez"];
		}
		getItemText(item: string): string {
			return item;
		}
		onChooseItem(item: string): void {
			this.chosen.push(item);
		}
	}

	it("simulates typing in a FuzzySuggestModal and choosing an item", async () => {
		const app = new App();
		const chosen: string[] = [];
		new PersonPicker(asObsidian(app), chosen).open();
		const modal = stubModal(getOpenModal(PersonPicker));
		expect(modal.inputEl.placeholder).toBe("Share with…");
		const shown = await modal.typeQuery("da");
		expect(shown.map((match) => match.item)).toEqual(["Dana Alvarez", "Ana Diaz"]);
		expect(modal.resultContainerEl.querySelectorAll(".suggestion-item")).toHaveLength(2);
		await modal.chooseItem((item) => item === "Ana Diaz");
		expect(chosen).toEqual(["Ana Diaz"]);
		expect(getOpenModals()).toEqual([]);
		expect(modal.isOpen).toBe(false);
	});

	it("builds settings whose components fire onChange from DOM events", async () => {
		const changes: unknown[] = [];
		class SettingsTab extends PluginSettingTab {
			override getSettingDefinitions(): SettingDefinitionItem[] {
				return []; // none: Obsidian falls back to display(), as before 1.13
			}
			override display(): void {
				const { containerEl } = this;
				new Setting(containerEl).setName("Follow-ups").setHeading();
				new Setting(containerEl).setName("Heading").setDesc("Where follow-ups go").addText((text) => text.setPlaceholder("Follow-ups").setValue("Follow-ups").onChange((value) => changes.push(value)));
				new Setting(containerEl).setName("Enabled").addToggle((toggle) => toggle.setValue(true).onChange((value) => changes.push(value)));
				new Setting(containerEl).setName("Style").addDropdown((dropdown) => dropdown.addOptions({ list: "Checklist", block: "Code block" }).setValue("list").onChange((value) => changes.push(value)));
				new Setting(containerEl).setName("Limit").addSlider((slider) => slider.setLimits(1, 50, 1).setValue(10).onChange((value) => changes.push(value)));
				new Setting(containerEl).setName("Rebuild").addButton((button) => button.setButtonText("Rebuild").setCta().onClick(() => changes.push("clicked")));
			}
		}
		class SettingsPlugin extends Plugin {
			override onload(): void {
				this.addSettingTab(new SettingsTab(this.app, this));
			}
		}
		const app = new App();
		await loadPlugin(SettingsPlugin, app);
		const tab = displaySettingTab(app);

		const text = findSetting(tab.containerEl, "Heading")?.components[0];
		if (!(text instanceof TextComponent)) throw new Error("expected a text field");
		expect(text.inputEl.placeholder).toBe("Follow-ups");
		text.inputEl.value = "Reach out";
		text.inputEl.dispatchEvent(new Event("input"));

		const toggle = findSetting(tab.containerEl, "Enabled")?.components[0];
		if (!(toggle instanceof ToggleComponent)) throw new Error("expected a toggle");
		toggle.toggleEl.click();
		expect(toggle.getValue()).toBe(false);

		const dropdown = findSetting(tab.containerEl, "Style")?.components[0];
		if (!(dropdown instanceof DropdownComponent)) throw new Error("expected a dropdown");
		dropdown.selectEl.value = "block";
		dropdown.selectEl.dispatchEvent(new Event("change"));

		const slider = findSetting(tab.containerEl, "Limit")?.components[0];
		if (!(slider instanceof SliderComponent)) throw new Error("expected a slider");
		slider.sliderEl.value = "25";
		slider.sliderEl.dispatchEvent(new Event("change"));

		tab.containerEl.querySelector<HTMLButtonElement>("button.mod-cta")?.click();
		await flush();
		expect(changes).toEqual(["Reach out", false, "block", 25, "clicked"]);
		expect(tab.containerEl.querySelector(".setting-item-heading .setting-item-name")?.textContent).toBe("Follow-ups");
		expect(findSetting(tab.containerEl, "Heading")?.descEl.textContent).toBe("Where follow-ups go");
	});

	it("renders setting definitions bound to plugin.settings (Obsidian 1.13)", async () => {
		class DeclarativeTab extends PluginSettingTab {
			override getSettingDefinitions(): SettingDefinitionItem[] {
				return [
					{
						type: "group",
						heading: "Follow-ups",
						items: [
							{ name: "Heading", control: { type: "text", key: "followUpHeading", validate: (value) => (value.trim() ? undefined : "Required") } },
							{ name: "Limit", control: { type: "number", key: "resultLimit", min: 1 } },
							{ name: "Daily notes", control: { type: "toggle", key: "daily", defaultValue: true }, visible: () => false },
						],
					},
				];
			}
			override display(): void {
				new Setting(this.containerEl).setName("Only shown before Obsidian 1.13");
			}
		}
		class DeclarativePlugin extends Plugin {
			override settings = { followUpHeading: "Follow-ups", resultLimit: 10 };
			override onload(): void {
				this.addSettingTab(new DeclarativeTab(this.app, this));
			}
		}
		const app = new App();
		const plugin = await loadPlugin(DeclarativePlugin, app);
		const tab = displaySettingTab(app);
		expect(tab.containerEl.querySelector(".setting-group-heading")?.textContent).toBe("Follow-ups");

		const heading = findSetting(tab.containerEl, "Heading")?.components[0];
		if (!(heading instanceof TextComponent)) throw new Error("expected a text field");
		expect(heading.getValue()).toBe("Follow-ups");
		heading.inputEl.value = " ";
		heading.inputEl.dispatchEvent(new Event("input"));
		await flush();
		expect(findSetting(tab.containerEl, "Heading")?.errorEl?.textContent).toBe("Required");
		heading.inputEl.value = "Reach out";
		heading.inputEl.dispatchEvent(new Event("input"));

		const limit = findSetting(tab.containerEl, "Limit")?.components[0];
		if (!(limit instanceof TextComponent)) throw new Error("expected a number field");
		limit.inputEl.value = "5";
		limit.inputEl.dispatchEvent(new Event("input"));
		await flush();

		expect(plugin.settings).toEqual({ followUpHeading: "Reach out", resultLimit: 5 });
		expect(await plugin.loadData()).toEqual({ followUpHeading: "Reach out", resultLimit: 5 });
		expect(findSetting(tab.containerEl, "Daily notes")?.settingEl.hidden).toBe(true);
	});

	it("opens an ItemView in a leaf, calling onOpen and, on detach, onClose", async () => {
		const events: string[] = [];
		class PeopleView extends ItemView {
			getViewType(): string {
				return "people";
			}
			getDisplayText(): string {
				return "People";
			}
			override async onOpen(): Promise<void> {
				events.push("open");
				this.contentEl.createEl("h4", { text: "Who cares" });
			}
			override async onClose(): Promise<void> {
				events.push("close");
			}
		}
		class ViewPlugin extends Plugin {
			override onload(): void {
				this.registerView("people", (leaf: WorkspaceLeaf) => new PeopleView(leaf));
				this.addRibbonIcon("users", "Open people", () => events.push("ribbon"));
			}
		}
		const app = new App();
		await loadPlugin(ViewPlugin, app);
		const leaf = await app.workspace.openView("people");
		const view = leaf.view;
		if (!(view instanceof PeopleView)) throw new Error("expected the plugin view");
		expect(view.containerEl.children[1]).toBe(view.contentEl);
		expect(view.contentEl.textContent).toBe("Who cares");
		expect(app.workspace.getLeavesOfType("people")).toEqual([leaf]);
		app.ribbonIcons[0]?.el.click();
		app.workspace.detachLeavesOfType("people");
		await flush();
		expect(events).toEqual(["open", "ribbon", "close"]);
		expect(app.workspace.getLeavesOfType("people")).toEqual([]);
	});

	it("renders a code block with a context that knows its section and children", async () => {
		const unloaded: string[] = [];
		class Live extends MarkdownRenderChild {
			override onunload(): void {
				unloaded.push("live");
			}
		}
		class BlockPlugin extends Plugin {
			override onload(): void {
				this.registerMarkdownCodeBlockProcessor("top-of-mind", (source, el, ctx) => {
					el.createEl("p", { text: `${source.trim()} in ${ctx.sourcePath}` });
					const section = ctx.getSectionInfo(el);
					el.createEl("p", { text: `lines ${section?.lineStart}-${section?.lineEnd}` });
					ctx.addChild(new Live(el));
				});
			}
		}
		const app = new App({ "Daily/2026-01-05.md": "# Today\n\n```top-of-mind\nlimit: 3\n```\n" });
		await loadPlugin(BlockPlugin, app);
		const block = await renderCodeBlock(app, "top-of-mind", "limit: 3\n", { sourcePath: "Daily/2026-01-05.md" });
		expect([...block.el.querySelectorAll("p")].map((p) => p.textContent)).toEqual(["limit: 3 in Daily/2026-01-05.md", "lines 2-4"]);
		block.unload();
		expect(unloaded).toEqual(["live"]);
	});

	it("reads modifier clicks like Obsidian", () => {
		expect(Keymap.isModEvent(new MouseEvent("click"))).toBe(false);
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true }))).toBe("tab");
		expect(Keymap.isModEvent(new MouseEvent("click", { ctrlKey: true, altKey: true }))).toBe("split");
		expect(Keymap.isModEvent(new MouseEvent("auxclick", { button: 1 }))).toBe("tab");
	});

	it("records menus and lets tests click their items", () => {
		const picked: string[] = [];
		const menu = new Menu();
		menu.addItem((item) => item.setTitle("Not for them").setIcon("x").onClick(() => picked.push("not for them")));
		menu.showAtMouseEvent(new MouseEvent("contextmenu"));
		getLastMenu()?.items[0]?.click();
		expect(picked).toEqual(["not for them"]);
		expect(new Notice("Done").messageEl.textContent).toBe("Done");
	});
});
