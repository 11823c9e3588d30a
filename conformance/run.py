#!/usr/bin/env python3
"""Run CPython's regression tests (Lib/test) on ftpy and check the record.

CPython's own runner, regrtest, runs the modules on ftpy in worker
processes (`ftpy -m test -jN -v --timeout T MODULES`); this script, run by
the host's python3, reads regrtest's verbose output, compares each test's
outcome with conformance/expected_failures.txt and prints the totals.

It fails (exit status 1) when a test outside the record fails (a
regression) or a recorded test passes (the record must stay true).
--update rewrites the record from this run instead, keeping the causes
already written.

    python3 conformance/run.py                  # the CI set (modules_ci.txt)
    python3 conformance/run.py --set full       # the long list (modules_full.txt)
    python3 conformance/run.py test_list test_dict
    python3 conformance/run.py --set full --update

The tests come from Debian's libpython3.11-testsuite (/usr/lib/python3.11/test).
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
RECORD = os.path.join(HERE, "expected_failures.txt")
TESTDIR = "/usr/lib/python3.11/test"

# regrtest's progress line: "0:00:03 load avg: 1.2 [ 4/53/2] test_list failed (4 errors)"
PROGRESS = re.compile(r"^\d+:\d\d:\d\d (?:load avg: [\d.]+ )?\[\s*\d+/\d+(?:/\d+)?\] (test_\w+)(?: (.*?))?(?: -- running: .*)?$")
# unittest's verbose line: "test_x (test.test_mod.Class.test_x) ... ok"
HEADER = re.compile(r"^(\w+) \((test\.[\w.]+)\)(?: .*?)? \.\.\. ?(.*)$")
# unittest's report of one failure: "FAIL: test_x (test.test_mod.Class.test_x) (i=3)"
REPORT = re.compile(r"^(FAIL|ERROR|UNEXPECTED SUCCESS): (\w+) \((test\.[\w.]+)\)")
PASSED = ("ok", "expected failure")


def read_list(name):
    mods = []
    with open(os.path.join(HERE, name)) as f:
        for line in f:
            line = line.split("#", 1)[0].strip()
            if line:
                mods.extend(line.split())
    return mods


def read_record():
    """Returns {id: (kind, reason)} and the file's lines."""
    entries = {}
    lines = []
    if os.path.exists(RECORD):
        with open(RECORD) as f:
            lines = f.read().splitlines()
    for line in lines:
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        test_id, _, rest = s.partition(" ")
        kind, _, reason = rest.strip().partition(":")
        entries[test_id] = (kind.strip(), reason.strip())
    return entries, lines


def module_of(test_id):
    parts = test_id.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def build_ftpy(out):
    env = dict(os.environ, PATH="/usr/local/go/bin:" + os.environ.get("PATH", ""))
    subprocess.run(["go", "build", "-o", out, "./cmd/ftpy"], cwd=ROOT, env=env, check=True)
    return out


def run_regrtest(ftpy, modules, jobs, timeout, log):
    """Runs regrtest on ftpy in a scratch directory; returns its output."""
    cmd = [ftpy, "-m", "test", "-j", str(jobs), "-v", "--timeout", str(timeout)] + modules
    with tempfile.TemporaryDirectory(prefix="ftpy-conformance-") as scratch:
        p = subprocess.run(cmd, cwd=scratch, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                           stdin=subprocess.DEVNULL)
    out = p.stdout.decode("utf-8", "replace")
    if log:
        with open(log, "w") as f:
            f.write(out)
    return out


def last_error_line(lines, start, stop):
    """The exception line of the traceback in lines[start:stop]."""
    best = ""
    for line in lines[start:stop]:
        if re.match(r"^[A-Za-z_][\w.]*(Error|Exception|Exit|Interrupt|Warning|Failure)(:|$)", line):
            best = line
    return best


def shorten(s, n=110):
    s = " ".join(s.split())
    return s if len(s) <= n else s[:n - 3] + "..."


def parse(out, modules):
    """Returns (tests, module_status) where tests maps id to
    (outcome, reason), outcome one of pass/skip/fail/error, and
    module_status maps module to (status, reason)."""
    lines = out.splitlines()
    tests = {}
    status = {}
    for i, line in enumerate(lines):
        m = PROGRESS.match(line)
        if m:
            mod, what = m.group(1), (m.group(2) or "").strip()
            status[mod] = (what, i)
            continue
        m = HEADER.match(line)
        if m:
            test_id, rest = m.group(2), m.group(3).strip()
            if not rest:
                # The test printed something: its status is on a later line.
                for j in range(i + 1, min(i + 40, len(lines))):
                    s = lines[j].strip()
                    if s in PASSED or s in ("FAIL", "ERROR", "unexpected success") or s.startswith("skipped"):
                        rest = s
                        break
                    if HEADER.match(lines[j]) or PROGRESS.match(lines[j]):
                        break
            if rest in PASSED:
                tests.setdefault(test_id, ("pass", ""))
            elif rest.startswith("skipped"):
                tests.setdefault(test_id, ("skip", shorten(rest[len("skipped"):].strip(" '\""))))
            elif rest == "unexpected success":
                tests[test_id] = ("fail", "unexpected success")
            continue
        m = REPORT.match(line)
        if m:
            kind, test_id = m.group(1), m.group(3)
            j = i + 1
            while j < len(lines) and not lines[j].startswith("=" * 20) and not (
                    lines[j].startswith("-" * 20) and j > i + 2):
                j += 1
            reason = "unexpected success" if kind == "UNEXPECTED SUCCESS" else last_error_line(lines, i + 1, j)
            outcome = "error" if kind == "ERROR" else "fail"
            if tests.get(test_id, ("",))[0] not in ("fail", "error"):
                tests[test_id] = (outcome, shorten(reason))
    module_status = {}
    for mod in modules:
        what, at = status.get(mod, ("not run", -1))
        reason = ""
        if what.startswith("crashed") or "uncaught exception" in what or what == "not run":
            # The worker's traceback, or the timeout, follows the progress line.
            stop = len(lines)
            for j in range(at + 1, len(lines)):
                if PROGRESS.match(lines[j]) or lines[j].startswith("== Tests result"):
                    stop = j
                    break
            block = lines[at + 1:stop] if at >= 0 else []
            timeout = next((l for l in block if "Timeout (" in l), None)
            if timeout:
                # faulthandler's watchdog ended the worker; the line starts
                # with the test that hung.
                m = HEADER.match(timeout)
                where = m.group(2).rsplit(".", 1)[-1] if m else "?"
                what, reason = "timeout", f"timed out in {where} (--timeout)"
            else:
                reason = shorten(last_error_line(block, 0, len(block)) or what)
        module_status[mod] = (what, reason)
    return tests, module_status


def module_failed(status):
    what = status[0]
    return what in ("timeout", "not run") or what.startswith("crashed") or "uncaught exception" in what


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("modules", nargs="*", help="test modules (default: the set's list)")
    ap.add_argument("--set", default="ci", choices=["ci", "full"], help="module list: modules_ci.txt or modules_full.txt")
    ap.add_argument("--ftpy", help="the ftpy binary (default: build one)")
    ap.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 2, help="worker processes")
    ap.add_argument("--timeout", type=int, default=120, help="seconds a module may run")
    ap.add_argument("--log", help="write regrtest's output here")
    ap.add_argument("--update", action="store_true", help="rewrite the record from this run")
    ap.add_argument("--per-module", action="store_true", help="print each module's totals")
    ap.add_argument("--from-log", help="read a saved --log instead of running the tests")
    args = ap.parse_args()

    if not os.path.isdir(TESTDIR):
        print(f"conformance: {TESTDIR} is missing: apt-get install libpython3.11-testsuite", file=sys.stderr)
        return 2
    modules = args.modules or read_list(f"modules_{args.set}.txt")
    if args.from_log:
        with open(args.from_log) as f:
            out, elapsed = f.read(), 0.0
    else:
        with tempfile.TemporaryDirectory(prefix="ftpy-build-") as tmp:
            ftpy = os.path.abspath(args.ftpy) if args.ftpy else build_ftpy(os.path.join(tmp, "ftpy"))
            start = time.time()
            out = run_regrtest(ftpy, modules, args.jobs, args.timeout, args.log)
            elapsed = time.time() - start
    tests, module_status = parse(out, modules)

    # Totals.
    counts = {"pass": 0, "fail": 0, "error": 0, "skip": 0}
    per_module = {m: dict(counts) for m in modules}
    for test_id, (outcome, _) in tests.items():
        counts[outcome] += 1
        per_module.setdefault(module_of(test_id), {"pass": 0, "fail": 0, "error": 0, "skip": 0})[outcome] += 1
    crashed = [m for m in modules if module_failed(module_status[m])]

    # Compare with the record.
    record, record_lines = read_record()
    ran = set(modules)
    failing = {t: (o, r) for t, (o, r) in tests.items() if o in ("fail", "error")}
    for m in crashed:
        what, reason = module_status[m]
        kind = "timeout" if what == "timeout" else "module"
        failing["test." + m] = (kind, reason)
    regressions = sorted(t for t in failing if t not in record)
    stale = []
    for t, (kind, _) in sorted(record.items()):
        if module_of(t) not in ran or kind == "flaky":
            continue  # a flaky test may pass or fail
        if t == "test." + module_of(t):
            if t not in failing:
                stale.append(t)
        elif tests.get(t, ("",))[0] in ("pass", "skip"):
            stale.append(t)

    if args.per_module:
        print(f"{'module':28} {'pass':>5} {'fail':>5} {'error':>5} {'skip':>5}  status")
        for m in modules:
            c = per_module[m]
            print(f"{m:28} {c['pass']:5} {c['fail']:5} {c['error']:5} {c['skip']:5}  {module_status[m][0]}")
    ran_tests = counts["pass"] + counts["fail"] + counts["error"]
    rate = 100.0 * counts["pass"] / ran_tests if ran_tests else 0.0
    print(f"conformance: {len(modules)} modules ({len(crashed)} crashed, timed out or not importable), "
          f"{counts['pass']} passed, {counts['fail']} failed, {counts['error']} errors, {counts['skip']} skipped; "
          f"pass rate {rate:.1f}% of {ran_tests} tests run, in {elapsed:.0f}s")

    if args.update:
        write_record(record_lines, record, failing, ran)
        print(f"conformance: rewrote {os.path.relpath(RECORD, ROOT)}")
        return 0
    ok = True
    if regressions:
        ok = False
        print(f"\nconformance: {len(regressions)} failing tests are not in the record (regressions):")
        for t in regressions:
            kind, reason = failing[t]
            print(f"  {t}  {kind}: {reason}")
    if stale:
        ok = False
        print(f"\nconformance: {len(stale)} recorded tests pass now; remove them from the record:")
        for t in stale:
            print(f"  {t}")
    return 0 if ok else 1


def write_record(lines, record, failing, ran):
    """Rewrites the record: entries of the modules run stay when they
    still fail (in their group, with their cause), go when they pass; new
    failures go in a last group, their reason the error message."""
    out = []
    for line in lines:
        s = line.strip()
        if s and not s.startswith("#"):
            test_id = s.split()[0]
            kind = s.split()[1] if len(s.split()) > 1 else ""
            if module_of(test_id) in ran and test_id not in failing and kind != "flaky:":
                continue
        out.append(line)
    new = sorted(t for t in failing if t not in record)
    if new:
        header = "# new failures, cause not sorted yet"
        if header not in out:
            out += ["", header]
        for t in new:
            kind, reason = failing[t]
            out.append(f"{t}  {kind}: {reason}")
    with open(RECORD, "w") as f:
        f.write("\n".join(out).rstrip("\n") + "\n")


if __name__ == "__main__":
    sys.exit(main())
