import type { TestCase } from "../../submission.ts";

/**
 * Programs sent to Piston: the candidate's code followed by a driver that runs each test and
 * prints one line per test, `<marker><json outcome>`, in the same shape the local engines report.
 * Expected values are never sent; the adapter judges the outcomes here.
 */
export function javascriptDriver(
  code: string,
  entry: string,
  tests: TestCase[],
  marker: string,
): string {
  const payload = JSON.stringify(
    tests.map((t) => ("calls" in t ? { calls: t.calls } : { args: t.args })),
  );
  return `${code}
;(() => {
  const marker = ${JSON.stringify(marker)};
  const tests = ${payload};
  const target = typeof ${entry} === "undefined" ? undefined : ${entry};
  const replacer = (_k, v) => (v === undefined ? null : v instanceof Set ? [...v] : v instanceof Map ? Object.fromEntries(v) : v);
  const format = (v) => (typeof v === "string" ? v : JSON.stringify(v, replacer));
  const write = process.stdout.write.bind(process.stdout);
  for (const test of tests) {
    let stdout = "";
    console.log = console.info = console.warn = console.error = (...args) => { stdout += args.map(format).join(" ") + "\\n"; };
    const started = performance.now();
    let outcome;
    try {
      if (typeof target !== "function") throw new Error("Define a function or class named ${entry}.");
      let value;
      if (test.calls) {
        const instance = new target(...test.calls[0].slice(1));
        value = [null, ...test.calls.slice(1).map(([m, ...a]) => instance[m](...a) ?? null)];
      } else {
        value = target(...test.args);
      }
      outcome = { status: "ok", value: JSON.parse(JSON.stringify(value ?? null, replacer) ?? "null") };
    } catch (error) {
      outcome = { status: "error", message: String(error && error.name ? error.name + ": " + error.message : error) };
    }
    write(marker + JSON.stringify({ ...outcome, stdout: stdout.slice(0, 16384), timeMs: performance.now() - started }) + "\\n");
  }
})();
`;
}

export function pythonDriver(
  code: string,
  entry: string,
  tests: TestCase[],
  marker: string,
): string {
  const payload = JSON.stringify(
    tests.map((t) => ("calls" in t ? { calls: t.calls } : { args: t.args })),
  );
  return `${code}

def __mentara_run():
    import io, json, sys, time
    marker = ${JSON.stringify(marker)}
    tests = json.loads(${JSON.stringify(payload)})
    target = globals().get(${JSON.stringify(entry)})
    if target is None and isinstance(globals().get("Solution"), type):
        target = getattr(globals()["Solution"](), ${JSON.stringify(entry)}, None)
    def plain(v):
        if isinstance(v, (set, frozenset, tuple)):
            return [plain(x) for x in v]
        if isinstance(v, list):
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
                value = target(*test["args"])
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
        print(marker + json.dumps(outcome), flush=True)

__mentara_run()
`;
}
