#!/usr/bin/env node
/*
 * Prints one closing line of totals from the Jest and Playwright JSON
 * reports written by scripts/test.sh: "tests: N passed, N failed".
 * A report that is missing is named, so a run that never got as far as a
 * test runner cannot pass for a clean one.
 */
const fs = require('node:fs');
const path = require('node:path');

const dir = process.argv[2];
const totals = { passed: 0, failed: 0, skipped: 0 };
const missing = [];

function read(name) {
  try {
    return JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    missing.push(name);
    return undefined;
  }
}

const jest = read('jest.json');
if (jest) {
  totals.passed += jest.numPassedTests;
  totals.failed += jest.numFailedTests + (jest.numRuntimeErrorTestSuites ?? 0);
  totals.skipped += jest.numPendingTests + jest.numTodoTests;
  console.log(
    `unit and integration (Jest): ${jest.numPassedTests} passed, ${jest.numFailedTests} failed in ${jest.numTotalTestSuites} suites`,
  );
}

const pw = read('playwright.json');
if (pw) {
  const { expected, unexpected, flaky, skipped } = pw.stats;
  totals.passed += expected + flaky;
  totals.failed += unexpected;
  totals.skipped += skipped;
  console.log(
    `end-to-end (Playwright, Chromium): ${
      expected + flaky
    } passed (${flaky} after a retry), ${unexpected} failed`,
  );
}

if (missing.length) {
  console.log(
    `reports missing (that runner did not finish): ${missing.join(', ')}`,
  );
}
console.log(
  `tests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`,
);
