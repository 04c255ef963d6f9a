// Fixture for test/lint-rules.test.ts: what a stray host dependency in src/core looks like. It must not compile there.
export const r: Excel.Range = null as never;
export const title = document.title;
