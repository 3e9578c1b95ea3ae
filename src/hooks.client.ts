// Zod compiles its object parsers with `new Function` when it may, probing for it once. The app's
// Content-Security-Policy allows no eval, so the probe would only be blocked and reported as a CSP
// violation: tell zod up front to parse without compiling (what it would fall back to anyway). This
// runs before any route module, so before any schema is built. Zod keeps its settings on this global
// (zod/v4/core `config()` writes the same object); setting it here spares every page loading zod.
const holder = globalThis as { __zod_globalConfig?: Record<string, unknown> };
holder.__zod_globalConfig = { ...holder.__zod_globalConfig, jitless: true };
