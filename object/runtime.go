// This file defines the process-wide runtime state: the mode chosen at
// start-up and the tables every thread shares.

package object

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sync"
)

// Config selects how the runtime counts references. It is fixed while any
// Thread exists: ftpy, like CPython, picks its mode once at start-up.
type Config struct {
	// GIL selects GIL mode: every thread owns every object, so counts are
	// plain integers, and nothing is deferred (CPython's default build).
	// The caller (the interpreter) provides the global lock itself.
	GIL bool
	// NoDefer stops the runtime from deferring its own objects (functions,
	// types, modules...): the `-X deferred=0` ablation switch. Extensions
	// may still call EnableDeferredRefcount.
	NoDefer bool
	// Debug poisons freed objects and records where they were freed, and
	// keeps per-type live counters. Tests run with it on.
	Debug bool
	// Threshold is the number of net tracked allocations that triggers an
	// automatic collection; 0 means the default, 2000.
	Threshold int
	// Unraisable reports an error raised where nobody can catch it: in a
	// finalizer or a weak reference callback. Nil writes to Stderr.
	Unraisable func(t *Thread, err error, obj *Object)
	// Stderr receives unraisable errors when Unraisable is nil.
	Stderr io.Writer
}

// ErrThreadsExist is returned by Configure while threads are registered.
var ErrThreadsExist = errors.New("object: cannot change the runtime configuration while threads exist")

const defaultThreshold = 2000

// rt is the single runtime of the process.
var rt = runtimeState{cfg: Config{Threshold: defaultThreshold, Stderr: os.Stderr}}

type runtimeState struct {
	cfg Config

	// mu guards threads, abandoned and the stop-the-world handshake.
	mu        sync.Mutex
	worldCond sync.Cond // signalled when countdown reaches 0 or the world restarts
	threads   []*Thread
	stopping  bool // a stop-the-world is in progress
	countdown int  // attached threads that have not yet parked
	abandoned []*Object
	stwMu     sync.Mutex // one stop-the-world at a time

	nextID  uintptr // guarded by mu
	buckets [brcBuckets]brcBucket

	gc   gcState
	ids  uniqueIDPool
	weak weakTable
	dbg  debugState
}

func init() {
	rt.worldCond.L = &rt.mu
	rt.nextID = firstThreadID
	for i := range rt.buckets {
		rt.buckets[i].threads = make(map[uintptr]*Thread)
	}
	rt.gc.threshold.Store(defaultThreshold)
	rt.gc.enabled.Store(true)
}

// Configure sets the runtime's mode. It fails with ErrThreadsExist while any
// Thread is registered.
func Configure(c Config) error {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	if len(rt.threads) > 0 {
		return ErrThreadsExist
	}
	if c.Threshold == 0 {
		c.Threshold = defaultThreshold
	}
	if c.Stderr == nil {
		c.Stderr = os.Stderr
	}
	rt.cfg = c
	rt.gc.threshold.Store(int64(c.Threshold))
	return nil
}

// CurrentConfig returns the runtime's configuration.
func CurrentConfig() Config {
	rt.mu.Lock()
	defer rt.mu.Unlock()
	return rt.cfg
}

// GILEnabled reports whether the runtime runs in GIL mode.
func GILEnabled() bool { return rt.cfg.GIL }

// writeUnraisable reports err through the configured hook.
func (t *Thread) writeUnraisable(err error, obj *Object) {
	if h := rt.cfg.Unraisable; h != nil {
		h(t, err, obj)
		return
	}
	name := "<unknown>"
	if obj != nil {
		name = obj.typ.Name
	}
	fmt.Fprintf(rt.cfg.Stderr, "Exception ignored in: <%s object>\n%v\n", name, err)
}
