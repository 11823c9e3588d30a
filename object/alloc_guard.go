// This file guards the allocations whose size a Python program chooses
// ([0] * n, "x".ljust(n), bytes(n), 1 << n, ...). Go cannot recover from
// running out of memory: a make or append that the system cannot back
// ends the process with "fatal error: out of memory", and one beyond
// Go's address space panics. So every such site asks CheckAlloc first,
// and a request that cannot succeed raises MemoryError, as CPython's
// failed malloc does, while the program can still catch it.
//
// The limit is what this process could ever get: physical memory plus
// swap, lowered by an address-space or data rlimit and by Go's memory
// limit (GOMEMLIMIT) when those are set; SetAllocLimit overrides it.
// Requests above a few megabytes are also compared with the limit less
// the memory the Go heap already holds. That is an estimate, not a
// reservation: several threads allocating at once, or many small
// allocations, can still exhaust memory, which no check before a make
// can prevent. debug.SetMemoryLimit is no help there either: it makes
// Go's collector work harder near the limit but never fails an
// allocation, so the runtime leaves it to the user (GOMEMLIMIT).

package object

import (
	"math"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
	"sync/atomic"
)

// goMaxAlloc is the largest heap Go can address on 64-bit platforms
// (a make beyond it panics with "len out of range").
const goMaxAlloc = 1 << 47

// checkedAlloc is the size under which requests pass without a look at
// the heap: small enough never to matter, and the common case.
const checkedAlloc = 1 << 20

// allocLimit is the largest number of bytes a request may ask for;
// zero until first used (then defaultAllocLimit).
var allocLimit atomic.Int64

// SetAllocLimit sets the most bytes one allocation sized by a Python
// program may take before it raises MemoryError; n <= 0 restores the
// default (physical memory, or the process's limits when lower). For
// embedders and tests.
func SetAllocLimit(n int64) {
	if n <= 0 {
		n = defaultAllocLimit()
	}
	allocLimit.Store(n)
}

// AllocLimit returns the limit in force.
func AllocLimit() int64 {
	n := allocLimit.Load()
	if n == 0 {
		n = defaultAllocLimit()
		allocLimit.Store(n)
	}
	return n
}

func defaultAllocLimit() int64 {
	n := int64(goMaxAlloc)
	if m := systemMemory(); m > 0 && m < n {
		n = m
	}
	if m := debug.SetMemoryLimit(-1); m > 0 && m < n {
		n = m
	}
	return n
}

// CheckAlloc returns MemoryError when a request for n bytes cannot be
// satisfied; n < 0 stands for a size that overflowed.
func (t *Thread) CheckAlloc(n int64) error {
	if uint64(n) < checkedAlloc {
		return nil
	}
	return t.checkAllocSlow(n)
}

// CheckAllocItems is CheckAlloc for count items of size bytes each.
func (t *Thread) CheckAllocItems(count, size int64) error {
	if count < 0 || size > 0 && count > math.MaxInt64/size {
		return t.NewException(MemoryErrorType)
	}
	return t.CheckAlloc(count * size)
}

func (t *Thread) checkAllocSlow(n int64) error {
	limit := AllocLimit()
	if n < 0 || n > limit {
		return t.NewException(MemoryErrorType)
	}
	if n > limit-heapInUse() {
		// Part of the heap may be garbage not yet collected (the
		// command runs at GOGC=400): collect before refusing.
		runtime.GC()
		if n > limit-heapInUse() {
			return t.NewException(MemoryErrorType)
		}
	}
	return nil
}

// heapInUse returns the bytes of the Go heap's objects, live or not yet
// collected: a cheap, slightly high estimate of what is taken.
func heapInUse() int64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(min(s[0].Value.Uint64(), math.MaxInt64))
}

// checkHintAlloc returns MemoryError when iterable announces more items
// than memory could hold at size bytes each, as CPython's list(),
// tuple() and extend do when they presize from the length hint: so
// list(range(2**40)) fails at once instead of after filling memory.
// Only ranges and Go-defined __length_hint__ methods are asked: they
// have no side effects, and other iterables cannot announce more than
// the memory they already hold.
func checkHintAlloc(t *Thread, iterable *Object, size int64) error {
	var n int64
	switch iterable.typ {
	case RangeType:
		v, ok := Cast[Range](iterable).hintLen()
		if !ok {
			// CPython's presizing takes len(), which fails so.
			return t.Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		n = v
	case RangeIterType:
		n = int64(min(Cast[rangeIter](iterable).remaining.Load(), math.MaxInt64))
	case LongRangeIterType:
		v, ok := Cast[longRangeIter](iterable).hintLen()
		if !ok {
			return t.Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		n = v
	default:
		d := iterable.typ.Lookup(Intern("__length_hint__"))
		if d == nil || d.typ != MethodDescrType {
			return nil
		}
		r, err := Cast[MethodDescr](d).Def.Fn(t, iterable, nil, nil)
		if err != nil {
			t.DropError(err)
			return nil
		}
		v, ok := fastIndex(r)
		t.Decref(r)
		if !ok {
			return nil
		}
		n = v
	}
	return t.CheckAllocItems(n, size)
}
