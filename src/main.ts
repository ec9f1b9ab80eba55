import { Plugin } from "obsidian";
import { mergeSettings, type TopOfMindSettings } from "./settings";

export default class TopOfMindPlugin extends Plugin {
	override settings!: TopOfMindSettings;

	override async onload(): Promise<void> {
		this.settings = mergeSettings(await this.loadData());
	}

	async saveSettings(): Promise<void> {
		await this.saveData(this.settings);
	}
}
