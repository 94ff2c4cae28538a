// `npm run bench`: the benchmark harness lives in packages/bench (see its README).
await import('../../packages/bench/src/run.ts')
