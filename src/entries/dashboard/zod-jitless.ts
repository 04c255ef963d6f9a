// Imported first by the dashboard page and its worker. zod's object parser probes `new Function("")` to decide whether
// it may compile parsers (the admin-unit lists are parsed on first use); under the dashboard's Content-Security-Policy
// (no 'unsafe-eval') that probe is reported as a console error even though zod catches it. Jitless mode skips it.
import { config } from "zod";

config({ jitless: true });
