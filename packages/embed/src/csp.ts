// Imported first by the standalone entry, before anything that loads zod. Classic zod 4 probes for eval
// with `new Function('')` the first time it parses an object, and under `script-src 'self'` that probe is
// a CSP violation report even though zod catches it. The catalog schema uses zod/mini, whose objects do
// not compile parsers, but `jitless` keeps it that way should any code reach the compiling path.
import { config } from 'zod/mini';

config({ jitless: true });
