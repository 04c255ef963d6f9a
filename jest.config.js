/** Unit and product tests (everything but the browser suite). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Rendering tests (jsdom, user events, axe) can take seconds on a busy 2-core machine; this is a hang guard, not a
  // speed check (speed is measured by `npm run bench`).
  testTimeout: 30_000,
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/", "<rootDir>/test/lint-fixtures/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { isolatedModules: true, jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, resolveJsonModule: true } }],
  },
  reporters: ["default", ["<rootDir>/test/support/count-reporter.js", { suite: "unit" }]],
  moduleNameMapper: { "\\.(css)$": "<rootDir>/test/support/style-stub.js" },
};
