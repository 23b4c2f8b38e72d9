// npm run bench: every budget of DESIGN.md §5, printed with its figure and PASS/FAIL. Not part of npm test.
import { contributions, measureBytes, printBytes, printContributions } from './bytes.mjs';
import { measureGeneration, printGeneration } from './generation.mjs';
import { runBrowserBench, printBrowser } from './browser.mjs';

const runs = Number(process.env.RUNS ?? 15);
const results = [];
results.push(printBytes(measureBytes()));
printContributions(await contributions());
results.push(printGeneration(await measureGeneration({ runs }), runs));
if (process.env.SKIP_BROWSER !== '1') results.push(printBrowser(await runBrowserBench({ runs: Number(process.env.BROWSER_RUNS ?? 3) })));
const failed = results.filter((r) => !r).length;
console.log(`\n${failed ? `${failed} section(s) over budget` : 'all budgets met'}`);
process.exitCode = failed ? 1 : 0;
