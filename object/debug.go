// This file implements the debug mode that proves "freed means freed":
// freed objects are poisoned (tid == tidFreed, set by free in every mode),
// and in debug mode the place of each free is recorded so that a later
// refcount operation on the object panics naming its type and where it
// was freed.

package object

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
)

// freeSitesMax bounds the memory the debug mode spends, per thread,
// remembering where objects were freed; older sites are forgotten.
const freeSitesMax = 1 << 16

// freeSiteDepth is how many callers of a free are remembered: enough to
// name the code that dropped the last reference, few enough that debug
// mode stays usable for threaded tests (each free walks the stack).
const freeSiteDepth = 8

type freeSite [freeSiteDepth]uintptr

// debugState keeps the free sites of threads that exited.
type debugState struct {
	mu      sync.Mutex
	retired map[*Object]freeSite
}

// recordFree remembers the caller stack of a free, in debug mode, in the
// freeing thread's own table: a shared table would need a lock, which
// would order every free in the program and hide races from the race
// detector.
func (t *Thread) recordFree(o *Object) {
	var pcs freeSite
	runtime.Callers(3, pcs[:])
	if t.freeSites == nil {
		t.freeSites = make(map[*Object]freeSite)
	} else if len(t.freeSites) >= freeSitesMax {
		clear(t.freeSites) // keeps the buckets: no rehashing as it refills
	}
	t.freeSites[o] = pcs
}

// retireFreeSites keeps an exiting thread's free sites.
func (t *Thread) retireFreeSites() {
	if t.freeSites == nil {
		return
	}
	d := &rt.dbg
	d.mu.Lock()
	if d.retired == nil || len(d.retired) >= freeSitesMax {
		d.retired = make(map[*Object]freeSite)
	}
	for o, pcs := range t.freeSites {
		d.retired[o] = pcs
	}
	d.mu.Unlock()
	t.freeSites = nil
}

// findFreeSite looks for where o was freed. It runs only on the way to a
// panic, so it reads other threads' tables without synchronising.
func findFreeSite(o *Object) (freeSite, bool) {
	for _, t := range threadsSnapshot() {
		if pcs, ok := t.freeSites[o]; ok {
			return pcs, true
		}
	}
	d := &rt.dbg
	d.mu.Lock()
	defer d.mu.Unlock()
	pcs, ok := d.retired[o]
	return pcs, ok
}

// UseAfterFree is the value a refcount operation on a freed object panics
// with.
type UseAfterFree struct {
	Type     string // the freed object's type name
	Op       string // the operation attempted
	FreeSite string // where it was freed, in debug mode
}

func (e *UseAfterFree) Error() string {
	if e.FreeSite == "" {
		return fmt.Sprintf("object: %s of a freed %s object", e.Op, e.Type)
	}
	return fmt.Sprintf("object: %s of a freed %s object, freed at:\n%s", e.Op, e.Type, e.FreeSite)
}

// usedAfterFree panics: o was freed and something still used it.
func usedAfterFree(o *Object, op string) {
	e := &UseAfterFree{Type: o.typ.Name, Op: op}
	if pcs, ok := findFreeSite(o); ok {
		var b strings.Builder
		frames := runtime.CallersFrames(pcs[:])
		for {
			f, more := frames.Next()
			if f.Function != "" {
				fmt.Fprintf(&b, "\t%s\n\t\t%s:%d\n", f.Function, f.File, f.Line)
			}
			if !more {
				break
			}
		}
		e.FreeSite = b.String()
	}
	panic(e)
}

// IsFreed reports whether o was freed. Tests use it; code holding a
// reference never needs to ask.
func (o *Object) IsFreed() bool { return o.loadTid() == tidFreed }
