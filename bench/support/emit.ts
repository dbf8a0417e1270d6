/** What a bench prints for scripts/bench.mjs: one JSON line a measurement, and the quantile it takes. */

/** Prints `{"name","value","unit"[,"target"]}`; a target is an upper bound the runner reports. */
export function emit(name: string, value: number, unit: string, target?: number): void {
  console.log(
    JSON.stringify({
      name,
      value: Number(value.toFixed(2)),
      unit,
      ...(target === undefined ? {} : { target }),
    }),
  );
}

/** The q-quantile (0 < q ≤ 1) of ascending `sorted`, by the nearest-rank method. */
export const quantile = (sorted: readonly number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
