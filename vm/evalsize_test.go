//go:build !race

package vm

import (
	"os/exec"
	"strings"
	"testing"
)

// TestEvalLoopNotBig fails when Go's inliner treats the eval loop as a
// "big" function (over 5000 syntax nodes), which makes it stop inlining
// the reference-count helpers that almost every opcode calls: the loop
// then runs about 10% more instructions per call (measured with
// cachegrind when it crossed the line). Move rarely run opcodes to
// cold_ops.go to get back under it.
func TestEvalLoopNotBig(t *testing.T) {
	if testing.Short() {
		t.Skip("compiles the package")
	}
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	out, err := exec.Command(goTool, "build", "-gcflags=-m=2", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if strings.Contains(line, "runLoop considered 'big'") {
			t.Errorf("%s", line)
		}
	}
}
