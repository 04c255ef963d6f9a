// A jest reporter that records how many tests passed and failed in test/.out/counts-<suite>.json, so .ci/run can end
// with one plain "N passed, N failed" line over the unit and browser suites.
const fs = require("node:fs");
const path = require("node:path");

class CountReporter {
  constructor(_globalConfig, options) {
    this.suite = (options && options.suite) || "tests";
  }

  onRunComplete(_contexts, results) {
    const dir = path.join(__dirname, "..", ".out");
    fs.mkdirSync(dir, { recursive: true });
    const counts = { passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests };
    fs.writeFileSync(path.join(dir, `counts-${this.suite}.json`), JSON.stringify(counts));
  }
}

module.exports = CountReporter;
