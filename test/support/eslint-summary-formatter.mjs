// ESLint's output for `npm run lint`: one line per problem (path:line:column, severity, message, rule),
// then the closing line every runner here prints, counting files: "lint: N passed, N failed".
// A file with only warnings passes.
import { relative } from 'node:path';

export default function summaryFormatter(results, { cwd }) {
  const lines = results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${relative(cwd, result.filePath)}:${message.line ?? 0}:${message.column ?? 0}  ${message.severity === 2 ? 'error' : 'warning'}  ${message.message}${message.ruleId ? `  (${message.ruleId})` : ''}`,
    ),
  );
  const failed = results.filter((result) => result.errorCount > 0).length;
  return [...lines, `lint: ${results.length - failed} passed, ${failed} failed`].join('\n');
}
