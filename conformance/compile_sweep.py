#!/usr/bin/env python3
"""Compile every .py file of CPython's Lib with ftpy and with python3.

Run by the host's python3 (CPython 3.11, the oracle):

    python3 conformance/compile_sweep.py                 # builds ftpy, sweeps /usr/lib/python3.11
    python3 conformance/compile_sweep.py --ftpy /tmp/ftpy --lib /usr/lib/python3.11
    python3 conformance/compile_sweep.py -v              # also list SyntaxErrors that differ

Each file is compiled by python3's compile() and by ftpy's compile() (one
ftpy process compiles a batch of files and prints one JSON line per file).
The sweep reports the files python3 accepts and ftpy rejects (grammar
ftpy lacks), the files ftpy accepts and python3 rejects, and, for files
both reject, where the SyntaxError (type, message, line) differs. Lib2to3's
test data (Python 2 sources) and site-packages are skipped. It exits 1
when ftpy rejects a file python3 accepts.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

SKIP_DIRS = ("lib2to3/tests/data", "site-packages", "dist-packages", "__pycache__")

# The program ftpy runs: it reads file names from its argument file and
# prints, for each, a JSON object with the outcome of compile().
FTPY_DRIVER = r'''
import json, sys, warnings
warnings.simplefilter("ignore")
names = open(sys.argv[1], encoding="utf-8").read().split("\n")
for name in names:
    if not name:
        continue
    out = {"file": name}
    try:
        with open(name, "rb") as f:
            src = f.read()
        compile(src, name, "exec", dont_inherit=True)
        out["ok"] = True
    except BaseException as e:
        out["ok"] = False
        out["type"] = type(e).__name__
        out["msg"] = getattr(e, "msg", None) or str(e)
        out["line"] = getattr(e, "lineno", None)
    print(json.dumps(out), flush=True)
'''


def lib_files(lib):
    out = []
    for dirpath, dirnames, filenames in os.walk(lib):
        rel = os.path.relpath(dirpath, lib)
        if any(rel == d or rel.startswith(d + os.sep) or ("/" + d) in ("/" + rel) for d in SKIP_DIRS):
            dirnames[:] = []
            continue
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith(".py"):
                out.append(os.path.join(dirpath, f))
    return out


def cpython_result(name):
    try:
        with open(name, "rb") as f:
            src = f.read()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(src, name, "exec", dont_inherit=True)
        return {"ok": True}
    except (SyntaxError, ValueError, UnicodeDecodeError, MemoryError, RecursionError) as e:
        return {"ok": False, "type": type(e).__name__,
                "msg": getattr(e, "msg", None) or str(e), "line": getattr(e, "lineno", None)}


def ftpy_results(ftpy, names, timeout):
    """Compiles names with ftpy, restarting after a crash or a hang on a file."""
    results = {}
    todo = list(names)
    with tempfile.TemporaryDirectory() as tmp:
        driver = os.path.join(tmp, "driver.py")
        with open(driver, "w") as f:
            f.write(FTPY_DRIVER)
        listing = os.path.join(tmp, "files.txt")
        while todo:
            with open(listing, "w", encoding="utf-8") as f:
                f.write("\n".join(todo))
            try:
                p = subprocess.run([ftpy, "-S", driver, listing], capture_output=True,
                                   text=True, timeout=timeout, errors="replace")
                stdout, stderr = p.stdout, p.stderr
            except subprocess.TimeoutExpired as e:
                stdout = e.stdout.decode(errors="replace") if isinstance(e.stdout, bytes) else (e.stdout or "")
                stderr = "timeout"
            done = 0
            for line in stdout.splitlines():
                try:
                    r = json.loads(line)
                except ValueError:
                    continue
                results[r.pop("file")] = r
                done += 1
            todo = todo[done:]
            if todo:
                # The next file crashed or hung ftpy: record it and go on.
                bad = todo.pop(0)
                results[bad] = {"ok": False, "type": "crash",
                                "msg": stderr.strip().splitlines()[-1] if stderr.strip() else "no output", "line": None}
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ftpy", help="the ftpy binary (default: build one)")
    ap.add_argument("--lib", default="/usr/lib/python3.11")
    ap.add_argument("--timeout", type=int, default=600, help="seconds for one ftpy batch")
    ap.add_argument("-v", "--verbose", action="store_true", help="list differing SyntaxErrors too")
    args = ap.parse_args()
    ftpy = args.ftpy
    if not ftpy:
        ftpy = os.path.join(tempfile.gettempdir(), "ftpy-compile-sweep")
        subprocess.run(["go", "build", "-o", ftpy, "./cmd/ftpy"], cwd=ROOT, check=True)
    names = lib_files(args.lib)
    ours = ftpy_results(ftpy, names, args.timeout)
    rejected, accepted_bad, differ = [], [], []
    cp_ok = 0
    for name in names:
        cp = cpython_result(name)
        ft = ours.get(name, {"ok": False, "type": "missing", "msg": "", "line": None})
        cp_ok += cp["ok"]
        if cp["ok"] and not ft["ok"]:
            rejected.append((name, ft))
        elif ft["ok"] and not cp["ok"]:
            accepted_bad.append((name, cp))
        elif not cp["ok"] and (cp["type"], cp["msg"], cp["line"]) != (ft["type"], ft["msg"], ft["line"]):
            differ.append((name, cp, ft))
    rel = lambda n: os.path.relpath(n, args.lib)
    for name, ft in rejected:
        print(f"REJECTED {rel(name)}:{ft['line']}: {ft['type']}: {ft['msg']}")
    for name, cp in accepted_bad:
        print(f"ACCEPTED {rel(name)}: python3 says {cp['type']}: {cp['msg']} (line {cp['line']})")
    if args.verbose:
        for name, cp, ft in differ:
            print(f"DIFFERS  {rel(name)}: python3 {cp['type']}:{cp['line']}: {cp['msg']!r}; "
                  f"ftpy {ft['type']}:{ft['line']}: {ft['msg']!r}")
    print(f"{len(names)} files; python3 compiles {cp_ok}; ftpy rejects {len(rejected)} of those; "
          f"ftpy accepts {len(accepted_bad)} python3 rejects; {len(differ)} SyntaxErrors differ")
    return 1 if rejected else 0


if __name__ == "__main__":
    sys.exit(main())
