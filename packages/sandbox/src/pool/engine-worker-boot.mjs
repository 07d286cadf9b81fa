// Worker threads start with Node's own loader, which cannot read TypeScript: register tsx first.
import { register } from "tsx/esm/api";

register();
await import("./engine-worker.ts");
