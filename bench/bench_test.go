// BenchmarkScripts runs each bench_* function of workloads.py with
// b.N iterations, so that `go test -bench` reports ns per loop iteration.
// Compare with CPython: python3 bench/run.py.

package bench

import (
	"os"
	"strings"
	"testing"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

func BenchmarkScripts(b *testing.B) {
	src, err := os.ReadFile("workloads.py")
	if err != nil {
		b.Fatal(err)
	}
	t := object.NewThread()
	t.Attach()
	defer t.Exit()
	in := vm.NewInterp(t)
	st := in.Attach(t)
	mod, err := syntax.ParseFile("workloads.py", src)
	if err != nil {
		b.Fatal(err)
	}
	code, err := compile.File(t, "workloads.py", mod, compile.ExecMode)
	if err != nil {
		b.Fatal(err)
	}
	m := st.NewModule("workloads")
	defer t.Decref(m.Obj())
	if _, err := st.RunCode(code, m.Dict, nil); err != nil {
		b.Fatal(err)
	}
	for _, name := range []string{"empty", "call", "method", "floatmul", "dict", "instance", "closure", "generator"} {
		fn := m.Dict.GetStr(object.Intern("bench_" + name))
		if fn == nil {
			b.Fatalf("no bench_%s", name)
		}
		b.Run(name, func(b *testing.B) {
			n := object.NewInt(t, int64(b.N))
			defer t.Decref(n)
			b.ResetTimer()
			r, err := object.Call(t, fn, []*object.Object{n}, nil)
			if err != nil {
				b.Fatal(strings.TrimSpace(err.Error()))
			}
			t.Decref(r)
		})
	}
}
