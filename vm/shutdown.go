// This file holds what an interpreter needs once several threads run in
// it: standard streams safe to share, and waiting for threads at exit.

package vm

import (
	"io"
	"sync"

	"github.com/ftpy/ftpy/object"
)

// SyncWriter serialises writes to an io.Writer shared by threads: print
// from several threads must not corrupt a buffered stream.
type SyncWriter struct {
	mu sync.Mutex
	w  io.Writer
}

// NewSyncWriter returns w guarded by a mutex.
func NewSyncWriter(w io.Writer) *SyncWriter { return &SyncWriter{w: w} }

// Write writes p to the underlying writer.
func (s *SyncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}

// Flush flushes the underlying writer if it buffers.
func (s *SyncWriter) Flush() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.w.(interface{ Flush() error }); ok {
		return f.Flush()
	}
	return nil
}

var strThreading, strShutdown = object.Intern("threading"), object.Intern("_shutdown")

// WaitForThreads waits, as CPython does before it finalizes, for the
// threads that the threading module started and did not make daemons:
// it calls threading._shutdown() if the program imported threading.
// An exception from it is printed and otherwise ignored.
func (st *State) WaitForThreads() {
	t := st.t
	mod := st.interp.Modules.GetStr(strThreading)
	if mod == nil {
		return
	}
	fn, err := object.GetAttr(t, mod, strShutdown)
	if err == nil {
		var r *object.Object
		r, err = object.Call(t, fn, nil, nil)
		t.Decref(fn)
		if err == nil {
			t.Decref(r)
			return
		}
	}
	if object.ErrorMatches(err, object.AttributeErrorType) {
		t.DropError(err)
		return
	}
	st.WriteUnraisable(err, "Exception ignored on threading shutdown", mod)
}

// FlushStdFiles flushes sys.stdout and sys.stderr as the program ends,
// and reports whether that worked: a replacement stream whose flush
// fails (or that has none) is reported as unraisable, and CPython then
// exits with status 120.
func (st *State) FlushStdFiles() bool {
	t := st.t
	ok := true
	for _, s := range []stdStream{stdoutStream, stderrStream} {
		f := st.sysStream(s)
		if f == nil || f == object.None {
			continue
		}
		t.Incref(f)
		m, err := object.GetAttrString(t, f, "flush")
		if err == nil {
			var r *object.Object
			r, err = object.Call(t, m, nil, nil)
			t.Decref(m)
			if err == nil {
				t.Decref(r)
			}
		}
		if err != nil {
			ok = false
			if s == stdoutStream {
				st.WriteUnraisable(err, "Exception ignored in", f)
			} else {
				t.DropError(err)
			}
		}
		t.Decref(f)
	}
	st.interp.Flush()
	return ok
}
