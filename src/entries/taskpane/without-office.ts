// Runs before the custom functions chunk. custom-functions-metadata-plugin appends bare
// `CustomFunctions.associate(...)` calls to functions.ts; office.js defines `CustomFunctions`, even outside Excel.
// When the CDN is unreachable there is no office.js and no Excel to call the functions, so a no-op keeps that chunk
// from throwing a ReferenceError on a page that already tells the user it runs outside Excel.
const scope = globalThis as { Office?: unknown; CustomFunctions?: unknown };
if (scope.Office === undefined && scope.CustomFunctions === undefined) {
  scope.CustomFunctions = { associate: () => undefined };
}

export {};
