/** Browser tests of the built dist/ in Debian's Chromium (run `npm run build` first; `npm test` does). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/browser"],
  testMatch: ["**/*.test.ts"],
  testTimeout: 60000,
  maxWorkers: 1,
  reporters: ["default", ["<rootDir>/test/support/count-reporter.js", { suite: "browser" }]],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { isolatedModules: true, module: "commonjs", moduleResolution: "node", esModuleInterop: true } }],
  },
};
