//go:build linux

package main

import (
	"bufio"
	"bytes"
	"syscall"
	"testing"
	"time"
)

// TestPythonSignalHandlers sends signals to a program that set Python
// handlers with _signal.signal: each runs in the main thread, waking its
// sleep; a SIGINT handler replaces KeyboardInterrupt until
// default_int_handler is set again.
func TestPythonSignalHandlers(t *testing.T) {
	cmd := command(t, `
import _signal, sys, time
got = []
def h(signum, frame):
    got.append(signum)
_signal.signal(_signal.SIGUSR1, h)
_signal.signal(_signal.SIGINT, h)
sys.stderr.write("ready\n")
deadline = time.monotonic() + 10
while len(got) < 2 and time.monotonic() < deadline:
    time.sleep(0.02)
print(sorted(got))
_signal.signal(_signal.SIGINT, _signal.default_int_handler)
sys.stdout.flush()
sys.stderr.write("again\n")
try:
    time.sleep(10)
except KeyboardInterrupt:
    print("KeyboardInterrupt")
`)
	stderrPipe, err := cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cmd.Stdout = &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stderr := bufio.NewReader(stderrPipe)
	for _, step := range []struct {
		line string
		sigs []syscall.Signal
	}{
		{"ready\n", []syscall.Signal{syscall.SIGUSR1, syscall.SIGINT}},
		{"again\n", []syscall.Signal{syscall.SIGINT}},
	} {
		if line, err := stderr.ReadString('\n'); line != step.line {
			cmd.Process.Kill()
			t.Fatalf("program said %q, %v; stdout %q", line, err, out.String())
		}
		time.Sleep(50 * time.Millisecond) // into the sleep
		for _, sig := range step.sigs {
			cmd.Process.Signal(sig)
			time.Sleep(20 * time.Millisecond)
		}
	}
	var rest bytes.Buffer
	rest.ReadFrom(stderr)
	if err := waitBounded(t, cmd); err != nil {
		t.Fatalf("%v; stderr:\n%s", err, rest.String())
	}
	if got, want := out.String(), "[2, 10]\nKeyboardInterrupt\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
}
