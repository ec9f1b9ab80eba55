/**
 * Vitest setup, Node only (the screenshot page bundles tests/setup.ts for the browser, which
 * has a Worker of its own): installs the stand-in's `Worker` (tests/obsidian/blob-worker.ts),
 * as Obsidian has one, so the index cache deflates its chunks in tests as in the app.
 */
import { installBlobWorker } from "./obsidian/blob-worker";

installBlobWorker();
