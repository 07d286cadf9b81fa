// `npm run dev`: the API with reload on change, and Vite's dev server with hot reload, together.
import { spawn } from "node:child_process";

const children = [
  spawn("npx", ["tsx", "watch", "--clear-screen=false", "apps/api/src/server.ts"], {
    stdio: "inherit",
    env: { ...process.env, WEB_DIST: process.env.WEB_DIST ?? "apps/web/dist" },
  }),
  spawn("npm", ["run", "dev", "-w", "@mentara/web"], { stdio: "inherit" }),
];
console.log("Mentara dev: web with hot reload at http://localhost:5173 (API on :3000)");
const stop = () => {
  for (const child of children) child.kill("SIGTERM");
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
for (const child of children) child.on("exit", stop);
