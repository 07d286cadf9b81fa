"""Run once before Pyodide's memory snapshot is taken: the standard-library modules the harness
imports, so a worker born from the snapshot runs the harness in milliseconds. Only these: every
module loaded here is part of the baseline the harness compares each candidate's leftovers with,
exactly as when the harness imports them itself. No candidate code ever runs before a snapshot.
"""

import builtins, io, json, random, signal, sys, time, traceback  # noqa: E401

del builtins, io, json, random, signal, sys, time, traceback
