/** Unit and product tests (everything but the browser suite). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/browser/", "<rootDir>/test/lint-fixtures/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { isolatedModules: true, jsx: "react-jsx", module: "commonjs", moduleResolution: "node", esModuleInterop: true, resolveJsonModule: true } }],
  },
  reporters: ["default", ["<rootDir>/test/support/count-reporter.js", { suite: "unit" }]],
  moduleNameMapper: { "\\.(css)$": "<rootDir>/test/support/style-stub.js" },
};
