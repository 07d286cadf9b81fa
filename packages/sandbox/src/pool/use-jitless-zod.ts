import { z } from "zod";

// The worker realm loses eval and Function once its engine loads, so zod must never compile
// validators there. Imported first by the worker, before any schema is defined.
z.config({ jitless: true });
