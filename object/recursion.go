// This file bounds recursion on behalf of Python (CPython 3.11's
// Py_EnterRecursiveCall). Go's stack overflow is fatal and cannot be
// caught, so every Go path that recurses as deeply as Python data or code
// asks (repr of nested lists, a __call__ that is itself callable, the
// eval loop run again from a special method) counts its levels here and
// raises RecursionError instead.
//
// Two counts live on the Thread, so threads never share them:
//
//   - Depth counts Python calls and native levels together, as CPython
//     3.11's one recursion counter does, against the interpreter's
//     recursion limit (sys.setrecursionlimit).
//   - goDepth counts only the levels that nest Go frames (EnterRecursive,
//     EnterGo and the eval loop's runs), against maxGoDepth, a bound no
//     recursion limit can raise: Python-to-Python calls do not nest Go
//     frames, so a program may set a high limit and recurse in Python,
//     but Go's stack stays bounded whatever it sets.

package object

import "sync/atomic"

// maxGoDepth bounds the Go frames nested on behalf of Python. Each level
// costs at most a few kilobytes of Go stack (the eval loop's run is the
// largest), well inside Go's 1 GB limit; 100,000 native levels are more
// than CPython survives on its 8 MB C stack (hashing a tuple nested
// 150,000 deep overflows it). SetGoDepthLimit changes it.
var maxGoDepth = defaultGoDepthLimit

const defaultGoDepthLimit = 100000

// SetGoDepthLimit sets the bound on Go frames nested on behalf of Python
// (0 restores the default) and returns the previous bound. A program that
// runs Python on goroutines with a smaller maximum stack
// (runtime/debug.SetMaxStack) lowers it; tests lower it to reach it
// quickly. Call it while no Python code runs.
func SetGoDepthLimit(n int) int {
	old := maxGoDepth
	if n <= 0 {
		n = defaultGoDepthLimit
	}
	maxGoDepth = n
	return old
}

// defaultRecursionLimit is the limit of a thread no interpreter set one
// for (CPython's default). Threads point at it until then, so that the
// check needs no test for a missing limit.
var defaultRecursionLimit = func() *atomic.Int64 {
	var n atomic.Int64
	n.Store(1000)
	return &n
}()

// SetRecursionLimitSource makes t read its recursion limit from *limit,
// the limit of the interpreter it runs (which sys.setrecursionlimit
// changes for all its threads at once, hence atomic: on amd64 and arm64
// an atomic load is a plain load, so the check costs no more).
func (t *Thread) SetRecursionLimitSource(limit *atomic.Int64) { t.recLimit = limit }

// RecursionLimit returns the recursion limit t checks Depth against.
func (t *Thread) RecursionLimit() int { return int(t.recLimit.Load()) }

// EnterRecursive counts one level of Go recursion on behalf of Python
// (Py_EnterRecursiveCall): against the recursion limit, like a Python
// call, and against the bound on Go frames. It reports whether the level
// may go on: if so the caller must call LeaveRecursive when the level
// ends; if not it returns RecursionError(where) instead. It inlines (no
// error is made on this path): reprs, comparisons and special-method
// calls all pass through it.
func (t *Thread) EnterRecursive() bool {
	t.Depth++
	t.goDepth++
	return int64(t.Depth) <= t.recLimit.Load() && t.goDepth <= maxGoDepth
}

// LeaveRecursive ends a level started by EnterRecursive.
func (t *Thread) LeaveRecursive() {
	t.Depth--
	t.goDepth--
}

// EnterGo counts one level of Go recursion that CPython does not count
// against the recursion limit (hashing nested tuples, running the eval
// loop again from Go): only the bound on Go frames applies. On success
// the caller must call LeaveGo when the level ends.
func (t *Thread) EnterGo() error {
	t.goDepth++
	if t.goDepth > maxGoDepth {
		return t.goDepthError(1)
	}
	return nil
}

// goDepthError undoes a count of weight against maxGoDepth and returns
// the error, out of line.
//
//go:noinline
func (t *Thread) goDepthError(weight int) error {
	t.goDepth -= weight
	return t.Errorf(RecursionErrorType, "maximum recursion depth exceeded")
}

// LeaveGo ends a level started by EnterGo.
func (t *Thread) LeaveGo() { t.goDepth-- }

// CallHeld is Call for a callable that a callable or descriptor being
// run holds (a partial's function, a property's getter): such holders
// nest as deeply as a program likes (partial(partial(...))), each call
// recursing in Go, and Call itself counts nothing. It counts one level
// against the bound on Go frames.
func CallHeld(t *Thread, callable *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := t.EnterGo(); err != nil {
		return nil, err
	}
	r, err := Call(t, callable, args, kwnames)
	t.LeaveGo()
	return r, err
}

// RecursionError undoes the count of an EnterRecursive that reported
// false and returns the RecursionError: where completes the message
// ("maximum recursion depth exceeded" + where, e.g. " in comparison").
func (t *Thread) RecursionError(where string) error {
	t.Depth--
	t.goDepth--
	return t.Errorf(RecursionErrorType, "maximum recursion depth exceeded%s", where)
}

// evalLoopWeight is what one run of the eval loop counts against
// maxGoDepth: its frame and the calls that lead to it take several times
// the Go stack of a native level.
const evalLoopWeight = 5

// EnterEvalLoop counts a nested run of the eval loop against the bound on
// Go frames (its Python call is counted against the recursion limit
// separately). On success the caller must call LeaveEvalLoop.
func (t *Thread) EnterEvalLoop() error {
	t.goDepth += evalLoopWeight
	if t.goDepth > maxGoDepth {
		return t.goDepthError(evalLoopWeight)
	}
	return nil
}

// LeaveEvalLoop ends a run counted by EnterEvalLoop.
func (t *Thread) LeaveEvalLoop() { t.goDepth -= evalLoopWeight }
