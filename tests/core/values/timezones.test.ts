/**
 * Calendar-day results must not depend on the machine's time zone. `TZ` only takes
 * effect when a process starts, so this test bundles tests/core/values/tz-cases.ts with esbuild
 * and runs it in child Node processes under the extreme zones UTC+14 (Pacific/Kiritimati,
 * which also skipped 1994-12-31) and UTC-10/-9 (America/Adak, with DST), and under UTC.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TzCases } from "./tz-cases";

const ZONES = ["UTC", "Pacific/Kiritimati", "America/Adak"] as const;
type Zone = (typeof ZONES)[number];

let dir = "";
const results = new Map<Zone, TzCases>();

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), "top-of-mind-tz-"));
	const bundle = join(dir, "tz-cases.cjs");
	await build({
		stdin: {
			contents: 'import { computeTzCases } from "./tz-cases";\nvoid computeTzCases().then((cases) => process.stdout.write(JSON.stringify(cases)));\n',
			resolveDir: fileURLToPath(new URL(".", import.meta.url)),
			loader: "ts",
		},
		bundle: true,
		platform: "node",
		format: "cjs",
		target: "node20",
		outfile: bundle,
		logLevel: "silent",
	});
	for (const zone of ZONES) {
		const out = execFileSync(process.execPath, [bundle], { env: { ...process.env, TZ: zone }, encoding: "utf8" });
		results.set(zone, JSON.parse(out) as TzCases);
	}
}, 60_000);

afterAll(() => {
	if (dir !== "") rmSync(dir, { recursive: true, force: true });
});

function resultFor(zone: Zone): TzCases {
	const r = results.get(zone);
	if (!r) throw new Error(`no result for ${zone}`);
	return r;
}

describe("time zones", () => {
	it("really ran the children in different zones (a naive local computation differs)", () => {
		expect(resultFor("UTC").control["date-fns 1994-12-30 + 1"]).toBe("1994-12-31");
		expect(resultFor("Pacific/Kiritimati").control["date-fns 1994-12-30 + 1"]).toBe("1995-01-01");
	});

	it("gives identical calendar-day results in every zone", () => {
		const utc = resultFor("UTC").zoneFree;
		expect(resultFor("Pacific/Kiritimati").zoneFree).toEqual(utc);
		expect(resultFor("America/Adak").zoneFree).toEqual(utc);
	});

	it("gives the right values (spot checks)", () => {
		const { add, coerced, relative, statuses, daily, cadence, log } = resultFor("Pacific/Kiritimati").zoneFree as {
			add: Record<string, string>;
			coerced: Record<string, { date: string | null }>;
			relative: Record<string, string>;
			statuses: Record<string, { last: { date: string; source: string }; status: { nextDue: string; due: boolean; overdueDays: number; snoozed: boolean } }>;
			daily: Record<string, { path: string; back: string; flat: string; long: string }>;
			cadence: number[];
			log: Array<{ date: string }>;
		};
		expect(add["2026-02-28+1"]).toBe("2026-03-01");
		expect(add["2028-02-28+1"]).toBe("2028-02-29");
		expect(add["2028-02-29+365"]).toBe("2029-02-28");
		expect(add["2028-02-29-366"]).toBe("2027-02-28");
		expect(add["2026-12-31+1"]).toBe("2027-01-01");
		expect(add["2027-01-01-1"]).toBe("2026-12-31");
		expect(add["1994-12-30+1"]).toBe("1994-12-31");
		expect(add["2011-12-29+1"]).toBe("2011-12-30");
		expect(add["2026-03-08+1"]).toBe("2026-03-09");
		expect(add["2026-11-01-1"]).toBe("2026-10-31");
		expect(add["2100-02-28+1"]).toBe("2100-03-01");
		expect(add["9999-12-31-1"]).toBe("9999-12-30");
		// The calendar ends at 9999-12-31: a day past it is held there.
		expect(add["9999-12-31+1"]).toBe("9999-12-31");

		expect(Object.values(coerced).map((c) => c.date)).toEqual([
			"2026-11-05",
			"2026-11-05",
			"2026-11-05",
			"2026-11-05",
			"2026-11-05",
			"2026-11-05",
			"2026-11-05",
			"2026-11-05",
			"2026-11-05",
			"2028-02-29",
			"1994-12-31",
			"2026-12-31",
		]);

		expect(relative["2026-10-22@2026-11-05"]).toBe("2 weeks ago");
		expect(relative["2028-02-29@2029-03-01"]).toBe("1 year ago");
		expect(relative["2027-01-01@2026-11-05"]).toBe("in 8 weeks");

		expect(statuses["2028-03-01"]?.last).toEqual({ date: "2028-03-01", source: "log" });
		expect(statuses["2028-03-01"]?.status).toMatchObject({ nextDue: "2028-03-15", due: false, snoozed: true });
		expect(statuses["2028-03-15"]?.status).toMatchObject({ nextDue: "2028-03-15", due: true, overdueDays: 0, snoozed: false });
		expect(statuses["2029-01-01"]?.status).toMatchObject({ due: true, overdueDays: 292 });
		expect(statuses["2028-02-29"]?.last).toEqual({ date: "2028-02-29", source: "log" });

		expect(daily["2028-02-29"]).toEqual({
			path: "Daily/2028/02/2028-02-29.md",
			back: "2028-02-29",
			flat: "2028-02-29",
			long: "Tuesday, February 29th 2028",
		});
		expect(daily["2026-03-08"]?.back).toBe("2026-03-08");
		expect(daily["2026-11-01"]?.back).toBe("2026-11-01");
		expect(cadence).toEqual([90, 365, 90]);
		expect(log.map((e) => e.date)).toEqual(["2026-12-31", "2027-01-01"]);
	});

	it("follows the machine's zone for today, and only there", () => {
		expect(resultFor("UTC").local).toEqual({ "2026-03-01T05:00Z": "2026-03-01", "2026-03-01T11:00Z": "2026-03-01" });
		expect(resultFor("Pacific/Kiritimati").local).toEqual({ "2026-03-01T05:00Z": "2026-03-01", "2026-03-01T11:00Z": "2026-03-02" });
		expect(resultFor("America/Adak").local).toEqual({ "2026-03-01T05:00Z": "2026-02-28", "2026-03-01T11:00Z": "2026-03-01" });
	});
});
