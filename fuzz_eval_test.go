package ftpy_test

// FuzzEval runs programs that internal/pygen generates from the fuzz
// input through the interpreter: none may panic, hang, raise SystemError
// or fail to compile. With FTPY_FUZZ_DIFF=1 and python3 on PATH, each
// program's output must also be CPython's.

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/ftpy/ftpy"
	"github.com/ftpy/ftpy/internal/fuzzing"
	"github.com/ftpy/ftpy/internal/pygen"
)

// evalDeadline bounds one generated program (they take milliseconds);
// past it the program is interrupted and the input reported as a hang.
const evalDeadline = 10 * time.Second

func FuzzEval(f *testing.F) {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 8; i++ {
		b := make([]byte, 64+r.Intn(400))
		r.Read(b)
		f.Add(b)
	}
	f.Add([]byte{})
	python := diffPython(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4096 {
			return
		}
		src := pygen.Generate(data)
		got := runGenerated(t, src)
		if python != "" {
			want := runPython(t, python, src)
			if got != want {
				t.Fatalf("output differs from %s's\n--- program:\n%s\n--- diff (python3 -, ftpy +):\n%s", python, src, lineDiff(want, got))
			}
		}
	})
}

// TestGeneratedPrograms runs programs generated from pseudo-random
// inputs without the fuzzing engine's instrumentation, which makes it
// some fifty times faster per program than FuzzEval: a quick sweep for
// crashes (and, with FTPY_FUZZ_DIFF=1, differences from CPython).
// FTPY_GEN_PROGRAMS sets how many (default 20), FTPY_GEN_FIRST the first
// seed (to resume past a crash, whose subtest names its seed).
func TestGeneratedPrograms(t *testing.T) {
	n, first := envInt("FTPY_GEN_PROGRAMS", 20), envInt("FTPY_GEN_FIRST", 0)
	python := diffPython(t)
	for seed := first; seed < first+n; seed++ {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			r := rand.New(rand.NewSource(int64(seed)))
			data := make([]byte, 100+r.Intn(900))
			r.Read(data)
			src := pygen.Generate(data)
			got := runGenerated(t, src)
			if python != "" {
				if want := runPython(t, python, src); got != want {
					t.Fatalf("output differs from %s's\n--- program:\n%s\n--- diff (python3 -, ftpy +):\n%s", python, src, lineDiff(want, got))
				}
			}
		})
	}
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return v
	}
	return def
}

// diffPython returns the python3 to compare with when FTPY_FUZZ_DIFF is
// set, or "".
func diffPython(tb testing.TB) string {
	if os.Getenv("FTPY_FUZZ_DIFF") == "" {
		return ""
	}
	p, err := exec.LookPath("python3")
	if err != nil {
		tb.Skip("FTPY_FUZZ_DIFF is set but python3 is not on PATH")
	}
	return p
}

// runGenerated runs src in a fresh interpreter and returns its output,
// failing the test on a hang, a compile error, an escaping exception or
// a SystemError (a Go error or panic turned into an exception).
func runGenerated(t *testing.T, src string) string {
	var out bytes.Buffer
	in, err := ftpy.New(ftpy.Options{Stdout: &out, Stderr: &out})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), evalDeadline)
	defer cancel()
	fuzzing.Within(3*evalDeadline, func() string { return src }, func() {
		err = in.Exec(ctx, "gen.py", src)
	})
	if ctx.Err() != nil {
		t.Fatalf("the program ran past %v:\n%s", evalDeadline, src)
	}
	if err != nil {
		var pe *ftpy.Error
		if errors.As(err, &pe) {
			t.Fatalf("the program let %s escape:\n%s\n--- program:\n%s\n--- output:\n%s", pe.Type, pe.Traceback, src, out.String())
		}
		t.Fatalf("the program failed: %v\n--- program:\n%s", err, src)
	}
	if s := out.String(); strings.Contains(s, "SystemError") {
		t.Fatalf("the program raised SystemError:\n%s\n--- program:\n%s", s, src)
	}
	return out.String()
}

// runPython runs src with CPython, string hashing fixed, and returns its
// output.
func runPython(t *testing.T, python, src string) string {
	path := filepath.Join(t.TempDir(), "gen.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cmd := exec.CommandContext(ctx, python, "-I", path)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0", "PYTHONIOENCODING=utf-8")
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%s failed: %v\n%s\n--- program:\n%s", python, err, stderr.String(), src)
	}
	return out.String()
}

// lineDiff shows the first lines where want and got differ, with a
// little context.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	i := 0
	for i < len(w) && i < len(g) && w[i] == g[i] {
		i++
	}
	var b strings.Builder
	for j := max(0, i-3); j < i; j++ {
		fmt.Fprintf(&b, "  %s\n", w[j])
	}
	for j := i; j < len(w) && j < i+5; j++ {
		fmt.Fprintf(&b, "- %s\n", w[j])
	}
	for j := i; j < len(g) && j < i+5; j++ {
		fmt.Fprintf(&b, "+ %s\n", g[j])
	}
	return b.String()
}
