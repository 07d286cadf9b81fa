import { readFileSync } from "node:fs";
import type { Adapters, TestCase } from "../../submission.ts";
import { vmHarnessSource } from "../quickjs/vm-harness.ts";

const pythonStructures = readFileSync(
  new URL("../pyodide/python-structures.py", import.meta.url),
  "utf8",
);

/**
 * Programs sent to Piston: the candidate's code with a driver that runs each test and prints one
 * line per test, `<marker><json outcome>`, in the shape the local engines report. Both drivers
 * reuse the local engines' own value conversion (ListNode/TreeNode adapters, JSON rules), so a
 * problem behaves the same everywhere. Expected values are never sent; outcomes are judged here.
 */
function payloadOf(tests: TestCase[]) {
  return JSON.stringify(tests.map((t) => ("calls" in t ? { calls: t.calls } : { args: t.args })));
}

export function javascriptDriver(
  code: string,
  entry: string,
  tests: TestCase[],
  adapters: Adapters,
  marker: string,
): string {
  return `let __mentaraOutput = "";
const __mentaraWrite = process.stdout.write.bind(process.stdout);
const __mentaraHarness = (${vmHarnessSource})((text) => { __mentaraOutput += text; }, () => null);
${code}
;(() => {
  const tests = ${payloadOf(tests)};
  const adapters = ${JSON.stringify(JSON.stringify(adapters))};
  const target = typeof ${entry} === "undefined" ? undefined : ${entry};
  for (const test of tests) {
    __mentaraOutput = "";
    const started = performance.now();
    let outcome;
    try {
      if (typeof target !== "function") throw new Error("Define a function or class named ${entry}.");
      const json = test.calls
        ? __mentaraHarness.callClass(target, JSON.stringify(test.calls))
        : __mentaraHarness.callFunction(target, JSON.stringify(test.args), adapters);
      outcome = { status: "ok", value: JSON.parse(json) };
    } catch (error) {
      outcome = { status: "error", message: error && error.name ? error.name + ": " + error.message : String(error) };
    }
    const timeMs = performance.now() - started;
    __mentaraWrite(${JSON.stringify(marker)} + JSON.stringify({ ...outcome, stdout: __mentaraOutput.slice(0, 16384), timeMs }) + "\\n");
  }
})();
`;
}

export function pythonDriver(
  code: string,
  entry: string,
  tests: TestCase[],
  adapters: Adapters,
  marker: string,
): string {
  return `${pythonStructures}

${code}

def __mentara_run():
    import io, json, sys, time
    tests = json.loads(${JSON.stringify(payloadOf(tests))})
    adapters = json.loads(${JSON.stringify(JSON.stringify(adapters))})
    shapes = adapters.get("args") or []
    returns = adapters.get("returns")
    target = globals().get(${JSON.stringify(entry)})
    if target is None and isinstance(globals().get("Solution"), type):
        target = getattr(globals()["Solution"](), ${JSON.stringify(entry)}, None)
    def plain(v):
        if isinstance(v, (set, frozenset, tuple, list)):
            return [plain(x) for x in v]
        if isinstance(v, dict):
            return {str(k): plain(x) for k, x in v.items()}
        return v
    real_stdout = sys.stdout
    for test in tests:
        captured = io.StringIO()
        sys.stdout = captured
        started = time.perf_counter()
        try:
            if not callable(target):
                raise NameError("Define a function or class named ${entry}.")
            if "calls" in test:
                calls = test["calls"]
                instance = target(*calls[0][1:])
                value = [None] + [getattr(instance, c[0])(*c[1:]) for c in calls[1:]]
            else:
                args = [_INTO[shapes[i]](v) if i < len(shapes) and shapes[i] else v for i, v in enumerate(test["args"])]
                value = target(*args)
                if returns:
                    value = _OUT_OF[returns](value)
            outcome = {"status": "ok", "value": plain(value)}
        except RecursionError:
            outcome = {"status": "error", "message": "Recursion went too deep (RecursionError)."}
        except MemoryError:
            outcome = {"status": "memory_limit", "message": "Used more memory than allowed."}
        except Exception as error:
            outcome = {"status": "error", "message": f"{type(error).__name__}: {error}"}
        finally:
            sys.stdout = real_stdout
        outcome.update(stdout=captured.getvalue()[:16384], timeMs=(time.perf_counter() - started) * 1000)
        print(${JSON.stringify(marker)} + json.dumps(outcome), flush=True)

__mentara_run()
`;
}
