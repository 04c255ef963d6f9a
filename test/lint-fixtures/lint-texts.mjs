// Runs ESLint's Node API over snippets read as JSON from stdin ([{ code, filePath }]) and prints the error messages.
// A separate process because eslint.config.mjs is loaded with a dynamic import, which jest's VM does not allow.
import { ESLint } from "eslint";

let input = "";
for await (const chunk of process.stdin) input += chunk;
const eslint = new ESLint({ cwd: process.cwd() });
const out = [];
for (const { code, filePath } of JSON.parse(input)) {
  const [result] = await eslint.lintText(code, { filePath });
  out.push(result.messages.filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, message: m.message })));
}
process.stdout.write(JSON.stringify(out));
