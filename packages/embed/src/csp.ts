// Imported first by the standalone entry, before anything that loads zod: zod 4 probes for eval with
// `new Function('')` the first time it parses an object, and under `script-src 'self'` that probe is
// a CSP violation report even though zod catches the error. `jitless` skips the probe and the JIT.
import { config } from 'zod';

config({ jitless: true });
