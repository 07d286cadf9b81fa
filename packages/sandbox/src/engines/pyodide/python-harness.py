"""Mentara's harness inside Pyodide.

The worker calls these functions from JavaScript: one call loads a candidate's code, then one call
per test. Every call returns a JSON string; expected values never enter Python, the worker
compares. Between submissions the worker checks that the candidate left the interpreter as it
found it, and asks for a fresh worker when not.
"""

import builtins
import io
from json import dumps as _dumps, loads as _loads
import random
import signal
import sys
import time
import traceback

SOLUTION_FILE = "solution.py"
SOLUTION_MODULE = "__mentara_solution__"
MAX_RECURSION = 20_000

# Modules no code may load in the sandbox: the bridges to JavaScript, native code and the network.
_BLOCKED_EVERYWHERE = frozenset(
    {
        "js", "pyodide_js", "pyodide", "_pyodide", "_pyodide_core", "micropip", "pyodide_http",
        "ctypes", "_ctypes", "socket", "_socket", "ssl", "_ssl", "select", "selectors",
        "subprocess", "_posixsubprocess", "multiprocessing", "_multiprocessing", "asyncio",
        "_asyncio", "urllib", "http", "ftplib", "smtplib", "webbrowser",
    }
)
# Modules the candidate's own code may not import, though the standard library uses them inside.
_BLOCKED_FOR_CANDIDATE = _BLOCKED_EVERYWHERE | frozenset(
    {"os", "posix", "gc", "importlib", "signal", "_signal", "_thread", "threading", "sysconfig",
     "shutil", "tempfile", "pathlib", "io", "_io", "builtins", "inspect", "code", "codeop"}
)


class _ImportBlocker:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if name.split(".")[0] in _BLOCKED_EVERYWHERE:
            raise ImportError(f"module {name!r} is not available in Mentara's sandbox")
        return None


for _name in list(sys.modules):
    if _name.split(".")[0] in _BLOCKED_EVERYWHERE:
        del sys.modules[_name]
sys.meta_path.insert(0, _ImportBlocker)

_real_import = builtins.__import__


def _candidate_import(name, globals=None, locals=None, fromlist=(), level=0):
    if level == 0 and name.split(".")[0] in _BLOCKED_FOR_CANDIDATE:
        raise ImportError(f"module {name!r} is not available in Mentara's sandbox")
    return _real_import(name, globals, locals, fromlist, level)


def _blocked(*_args, **_kwargs):
    raise PermissionError("not available in Mentara's sandbox")


_real_setrecursionlimit = sys.setrecursionlimit


def _capped_setrecursionlimit(limit):
    _real_setrecursionlimit(min(int(limit), MAX_RECURSION))


sys.setrecursionlimit = _capped_setrecursionlimit
sys.addaudithook = _blocked
_DEFAULT_RECURSION = sys.getrecursionlimit()


def _raise_on_every_line(error_type):
    """Raises `error_type` again on each line the candidate's code runs, so no except can swallow it."""

    def tracer(frame, event, _arg):
        if event == "line" and frame.f_code.co_filename == SOLUTION_FILE:
            raise error_type()
        return tracer

    frame = sys._getframe(1)
    while frame is not None:
        frame.f_trace = tracer
        frame = frame.f_back
    sys.settrace(tracer)


def _on_interrupt(_signum, _frame):
    _raise_on_every_line(KeyboardInterrupt)
    raise KeyboardInterrupt()


class OutputLimit(BaseException):
    """Raised on the write that crosses the output cap; a BaseException so `except Exception` misses it."""


class _CappedOutput(io.TextIOBase):
    def __init__(self, limit):
        self.limit = limit
        self.parts = []
        self.size = 0
        self.overflow = False

    def writable(self):
        return True

    def write(self, text):
        if self.overflow:
            _raise_on_every_line(OutputLimit)
            raise OutputLimit()
        text = str(text)
        room = self.limit - self.size
        if len(text.encode()) > room:
            self.parts.append(text.encode()[: max(room, 0)].decode(errors="ignore"))
            self.size = self.limit
            self.overflow = True
            _raise_on_every_line(OutputLimit)
            raise OutputLimit()
        self.parts.append(text)
        self.size += len(text.encode())
        return len(text)

    def text(self):
        return "".join(self.parts)


_state = {"target": None, "output_limit": 16384, "stdin": ""}
_real_stdout, _real_stderr, _real_stdin = sys.stdout, sys.stderr, sys.stdin


def _jsonable(value, depth=0):
    if depth > 200:
        raise ValueError("the result is nested too deeply to compare")
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return value
    if isinstance(value, dict):
        return {str(k): _jsonable(v, depth + 1) for k, v in value.items()}
    if isinstance(value, (set, frozenset)):
        items = [_jsonable(v, depth + 1) for v in value]
        try:
            return sorted(items)
        except TypeError:
            return items
    if isinstance(value, (list, tuple)) or hasattr(value, "__iter__") and not isinstance(value, (bytes, str)):
        return [_jsonable(v, depth + 1) for v in value]
    raise TypeError(f"return a plain value (number, string, list or dict), not {type(value).__name__}")


def _solution_line(tb):
    line = None
    for frame in traceback.extract_tb(tb):
        if frame.filename == SOLUTION_FILE:
            line = frame.lineno
    return f" (line {line})" if line else ""


def _failure(error, output, started):
    """Maps an exception to the outcome a candidate reads."""
    elapsed = (time.perf_counter() - started) * 1000
    stdout = output.text()
    if output.overflow or isinstance(error, OutputLimit):
        return {"status": "output_limit", "message": f"Printed more than {output.limit} bytes.",
                "stdout": stdout, "timeMs": elapsed}
    if isinstance(error, KeyboardInterrupt):
        return {"status": "timeout", "message": "Ran past its time limit.", "stdout": stdout, "timeMs": elapsed}
    if isinstance(error, MemoryError):
        return {"status": "memory_limit", "message": "Used more memory than allowed.", "stdout": stdout,
                "timeMs": elapsed}
    if isinstance(error, RecursionError):
        return {"status": "error", "message": "Recursion went too deep (RecursionError).", "stdout": stdout,
                "timeMs": elapsed}
    if isinstance(error, SyntaxError):
        return {"status": "error", "message": f"SyntaxError: {error.msg} (line {error.lineno})", "stdout": stdout,
                "timeMs": elapsed}
    where = _solution_line(error.__traceback__)
    return {"status": "error", "message": f"{type(error).__name__}: {error}{where}", "stdout": stdout,
            "timeMs": elapsed}


def _reset_interpreter():
    _real_setrecursionlimit(_DEFAULT_RECURSION)
    sys.settrace(None)
    sys.setprofile(None)
    signal.signal(signal.SIGINT, _on_interrupt)
    random.seed(0)


def _candidate_builtins():
    import typing

    names = dict(builtins.__dict__)
    # LeetCode-style code names these without importing them.
    names.update(ListNode=ListNode, TreeNode=TreeNode)
    for name in ("List", "Optional", "Dict", "Tuple", "Set", "Deque"):
        names[name] = getattr(typing, name)
    names["__import__"] = _candidate_import
    names["open"] = _blocked
    names["exit"] = names["quit"] = _blocked
    return names


def _run_with_output(action, stdin=""):
    output = _CappedOutput(_state["output_limit"])
    sys.stdout = sys.stderr = output
    sys.stdin = io.StringIO(stdin)
    started = time.perf_counter()
    try:
        value = action()
        return {"status": "ok", "value": value, "stdout": output.text(),
                "timeMs": (time.perf_counter() - started) * 1000}, output
    except BaseException as error:  # noqa: BLE001 - every failure becomes a verdict
        return _failure(error, output, started), output
    finally:
        sys.settrace(None)
        sys.stdout, sys.stderr, sys.stdin = _real_stdout, _real_stderr, _real_stdin


def mentara_prepare(code, entry, output_limit):
    """Loads the candidate's code in a fresh namespace and finds the entry function or class."""
    _reset_interpreter()
    _state["output_limit"] = output_limit
    _state["target"] = None
    namespace = {"__name__": SOLUTION_MODULE, "__builtins__": _candidate_builtins()}

    def load():
        exec(compile(code, SOLUTION_FILE, "exec"), namespace)
        return None

    outcome, _ = _run_with_output(load)
    if outcome["status"] != "ok":
        outcome["message"] = "While loading: " + outcome["message"]
        return _dumps(outcome)
    target = namespace.get(entry)
    if target is None and isinstance(namespace.get("Solution"), type):
        method = getattr(namespace["Solution"](), entry, None)
        target = method if callable(method) else None
    if not callable(target):
        return _dumps({"status": "error", "message": f"Define a function or class named {entry}.",
                           "stdout": "", "timeMs": 0})
    _state["target"] = target
    return _dumps(outcome)


def _tracer(counter):
    def trace(frame, event, _arg):
        counter[0] += 1
        return trace if frame.f_code.co_filename == SOLUTION_FILE else None
    return trace


def mentara_call(payload_json, adapters_json, is_class, measure):
    """Runs one test: a call of the entry with arguments, or a sequence of calls on an instance."""
    payload = _loads(payload_json)
    adapters = _loads(adapters_json)
    shapes = adapters.get("args") or []
    returns = adapters.get("returns")
    target = _state["target"]
    counter = [0]

    def call():
        if measure:
            sys.settrace(_tracer(counter))
        try:
            if not is_class:
                args = [_INTO[shapes[i]](v) if i < len(shapes) and shapes[i] else v for i, v in enumerate(payload)]
                result = target(*args)
                return _jsonable(_OUT_OF[returns](result) if returns else result)
            instance = target(*payload[0][1:])
            results = [None]
            for method, *args in payload[1:]:
                results.append(getattr(instance, method)(*args))
            return _jsonable(results)
        finally:
            sys.settrace(None)

    outcome, _ = _run_with_output(call)
    if outcome["status"] == "ok" and measure:
        outcome["work"] = counter[0]
    return _dumps(outcome, allow_nan=False)


def mentara_scratch(code, stdin, output_limit):
    """Runs a whole program with the given stdin; returns its output and how it ended."""
    _reset_interpreter()
    _state["output_limit"] = output_limit
    namespace = {"__name__": "__main__", "__builtins__": _candidate_builtins()}

    def program():
        exec(compile(code, SOLUTION_FILE, "exec"), namespace)
        return None

    outcome, output = _run_with_output(program, stdin)
    outcome["stdout"] = output.text()
    return _dumps(outcome, allow_nan=False)


def _fingerprint():
    """Identities of everything shared between submissions: a change means a candidate altered it."""
    parts = [id(sys.settrace), id(sys.meta_path), tuple(map(id, sys.meta_path)), id(builtins.__import__),
             tuple((k, id(v)) for k, v in builtins.__dict__.items())]
    for name, module in sorted(sys.modules.items()):
        attrs = getattr(module, "__dict__", {})
        parts.append((name, id(module), tuple((k, id(v)) for k, v in attrs.items())))
        for value in list(attrs.values()):
            if isinstance(value, type) and value.__module__ == name:
                parts.append(tuple((k, id(v)) for k, v in value.__dict__.items()))
    return hash(tuple(parts))


_baseline = {"modules": set(sys.modules)}


def mentara_is_clean():
    """Drops modules the candidate imported, then compares the shared state with the baseline."""
    for name in list(sys.modules):
        if name not in _baseline["modules"]:
            del sys.modules[name]
    _state["target"] = None
    current = _fingerprint()
    return _baseline.setdefault("fingerprint", current) == current
