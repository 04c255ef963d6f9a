// Runs first in every browser bundle and the dashboard worker. zod's object parser probes `new Function("")` to decide whether it may
// compile parsers; under our Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation even
// though zod catches it. Jitless mode skips the probe and the compiler. zod keeps this setting on globalThis, so it
// also covers the copies of zod inside the other chunks of taskpane.html.
import { config } from "zod";

config({ jitless: true });
