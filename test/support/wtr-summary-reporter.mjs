// web-test-runner's own summary is a progress bar; this prints the plain closing line every test
// runner here ends with: "wtr: N passed, N failed". A file that fails to load counts as failed.
export function plainSummaryReporter() {
  return {
    onTestRunFinished({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite?.tests ?? []) t.skipped ? skipped++ : t.passed ? passed++ : failed++;
        for (const s of suite?.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        walk(session.testResults);
        const ranNothing = !(session.testResults?.tests?.length || session.testResults?.suites?.length);
        if (!session.passed && ranNothing) failed++;
      }
      setTimeout(() => console.log(`wtr: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`));
    },
  };
}
