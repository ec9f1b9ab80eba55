/**
 * Text compared by code unit: the same order on every machine and in every locale, so
 * results never depend on where they were computed.
 */
export function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
