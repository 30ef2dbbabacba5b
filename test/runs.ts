/**
 * How many random cases a property test tries: a tenth of its deep count in `npm test`, the whole
 * count in `npm run test:deep` (PROPERTY_RUNS=deep), so the everyday suite stays quick and the
 * deep one still searches wide. Seeds stay fixed, so a failure repeats exactly in either.
 */
export function propertyRuns(deep: number): number {
  return process.env.PROPERTY_RUNS === 'deep' ? deep : Math.max(10, Math.round(deep / 10));
}
