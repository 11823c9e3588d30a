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

// freeSitesMax bounds the memory the debug mode spends remembering where
// objects were freed; older sites are forgotten.
const freeSitesMax = 1 << 18

type debugState struct {
	mu        sync.Mutex
	freeSites map[*Object][12]uintptr
}

// recordFree remembers the caller stack of a free, in debug mode.
func recordFree(o *Object) {
	var pcs [12]uintptr
	runtime.Callers(3, pcs[:])
	d := &rt.dbg
	d.mu.Lock()
	if d.freeSites == nil || len(d.freeSites) >= freeSitesMax {
		d.freeSites = make(map[*Object][12]uintptr)
	}
	d.freeSites[o] = pcs
	d.mu.Unlock()
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
	d := &rt.dbg
	d.mu.Lock()
	pcs, ok := d.freeSites[o]
	d.mu.Unlock()
	if ok {
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
