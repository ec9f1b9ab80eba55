/**
 * How many cases each fast-check property tries: 200 in `npm test` (it must stay within its
 * time budget on two cores), many more in `npm run test:deep`, which sets
 * TOP_OF_MIND_PROPERTY_RUNS; any run can set it too.
 */
export function propertyRuns(): { numRuns: number } {
	return { numRuns: Number(process.env.TOP_OF_MIND_PROPERTY_RUNS ?? "") || 200 };
}
