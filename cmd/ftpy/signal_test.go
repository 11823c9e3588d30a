//go:build unix

package main

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ftpy/ftpy/internal/blockingcalls"
)

// command returns this test binary set up to run as the ftpy command
// (TestMain), on a script file holding src.
func command(t *testing.T, src string, args ...string) *exec.Cmd {
	t.Helper()
	script := filepath.Join(t.TempDir(), "script.py")
	if err := os.WriteFile(script, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], append([]string{script}, args...)...)
	cmd.Env = append(os.Environ(), "FTPY_TEST_COMMAND=1")
	return cmd
}

// interruptBound is how long a program may take to end after SIGINT:
// the interrupt wakes blocking calls at once, so this only absorbs a
// loaded machine.
const interruptBound = 2 * time.Second

// TestSIGINTEndsBlockingCalls sends SIGINT to programs waiting in each
// blocking call and checks that each ends at once with CPython's
// traceback, killed by SIGINT as CPython's processes are.
func TestSIGINTEndsBlockingCalls(t *testing.T) {
	blocking := blockingcalls.Programs()
	blocking["os.read stdin"] = "import os\nos.read(0, 10)\n"
	for name, body := range blocking {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			// The program says on stderr when it is about to block.
			cmd := command(t, "import sys\nsys.stderr.write('ready\\n')\n"+body)
			stdin, err := cmd.StdinPipe() // never written: reads block
			if err != nil {
				t.Fatal(err)
			}
			defer stdin.Close()
			stderrPipe, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			stderr := bufio.NewReader(stderrPipe)
			if line, err := stderr.ReadString('\n'); line != "ready\n" {
				cmd.Process.Kill()
				t.Fatalf("program said %q, %v", line, err)
			}
			time.Sleep(100 * time.Millisecond) // into the blocking call
			start := time.Now()
			cmd.Process.Signal(syscall.SIGINT)
			var rest bytes.Buffer
			rest.ReadFrom(stderr)
			err = waitBounded(t, cmd)
			if took := time.Since(start); took > interruptBound {
				t.Errorf("the program ended %v after SIGINT", took)
			}
			checkKilledBySIGINT(t, err)
			if s := rest.String(); !strings.HasPrefix(s, "Traceback (most recent call last):\n") || !strings.HasSuffix(s, "\nKeyboardInterrupt\n") {
				t.Errorf("stderr:\n%s", s)
			}
		})
	}
}

// waitBounded waits for cmd, killing it if it runs on.
func waitBounded(t *testing.T, cmd *exec.Cmd) error {
	t.Helper()
	timer := time.AfterFunc(10*time.Second, func() { cmd.Process.Kill() })
	defer timer.Stop()
	return cmd.Wait()
}

func checkKilledBySIGINT(t *testing.T, err error) {
	t.Helper()
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("the program ended with %v, want killed by SIGINT", err)
	}
	if ws, ok := ee.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGINT {
		t.Errorf("the program ended with %v, want killed by SIGINT", err)
	}
}

// TestSIGINTOnlyMainThread checks that SIGINT interrupts the main thread
// alone: a thread blocked at the same time goes on waiting, and the
// program may catch KeyboardInterrupt and go on.
func TestSIGINTOnlyMainThread(t *testing.T) {
	cmd := command(t, `
import sys, threading, time
ev = threading.Event()
woke = []
def waiter():
    woke.append(ev.wait(5))
t = threading.Thread(target=waiter)
t.start()
sys.stderr.write("ready\n")
try:
    time.sleep(30)
except KeyboardInterrupt:
    print("main interrupted")
print("thread waiting:", t.is_alive())
ev.set()
t.join()
print("thread woke:", woke)
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
	if line, err := stderr.ReadString('\n'); line != "ready\n" {
		cmd.Process.Kill()
		t.Fatalf("program said %q, %v", line, err)
	}
	time.Sleep(100 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	var rest bytes.Buffer
	rest.ReadFrom(stderr)
	if err := waitBounded(t, cmd); err != nil {
		t.Fatalf("%v; stderr:\n%s", err, rest.String())
	}
	if got, want := out.String(), "main interrupted\nthread waiting: True\nthread woke: [True]\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
}

// TestBrokenPipe runs programs whose standard output is a pipe nobody
// reads (as in ftpy script.py | head -1): the writes raise
// BrokenPipeError, and a failed flush at exit is reported and exits with
// 120. The expected stderr and status are CPython 3.11's.
func TestBrokenPipe(t *testing.T) {
	const ignored = "Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\nBrokenPipeError: [Errno 32] Broken pipe\n"
	cases := []struct {
		src    string
		status int // -2: killed by SIGINT
		stderr string
	}{
		{"for i in range(100000): print(i)\n", 1,
			"Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n"},
		{"import sys\ntry:\n    for i in range(100000): print(i)\nexcept BrokenPipeError:\n    sys.exit(3)\n", 3, ""},
		{"import sys\ntry:\n    for i in range(100000): print(i)\nexcept BrokenPipeError:\n    print(\"caught\", file=sys.stderr)\n", 0, "caught\n"},
		{"print(1)\nprint(2)\n", 120, ignored},
		{"import sys\ntry:\n    print(1); sys.stdout.flush()\nexcept BrokenPipeError as e:\n    print(\"caught\", e.errno, file=sys.stderr)\n", 120, "caught 32\n" + ignored},
		{"print(1)\nraise ValueError\n", 120, "Traceback (most recent call last):\n  File \"<string>\", line 2, in <module>\nValueError\n" + ignored},
		{"import sys\nprint(1)\nsys.exit(4)\n", 120, ignored},
		{"import sys\nsys.stdout.write('x')\nsys.stdout.flush()\n", 120,
			"Traceback (most recent call last):\n  File \"<string>\", line 3, in <module>\nBrokenPipeError: [Errno 32] Broken pipe\n" + ignored},
		{"raise KeyboardInterrupt\n", -2, "Traceback (most recent call last):\n  File \"<string>\", line 1, in <module>\nKeyboardInterrupt\n"},
	}
	for _, c := range cases {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		r.Close() // the reader has gone before the first write
		cmd := exec.Command(os.Args[0], "-c", c.src)
		// The expected output is a buffered stdout's: PYTHONUNBUFFERED
		// (set in some CI environments) would make the first print fail.
		cmd.Env = append(os.Environ(), "FTPY_TEST_COMMAND=1", "PYTHONUNBUFFERED=")
		cmd.Stdout = w
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		w.Close()
		err = waitBounded(t, cmd)
		status := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			status = ee.ExitCode()
			if ws := ee.Sys().(syscall.WaitStatus); ws.Signaled() {
				status = -int(ws.Signal())
			}
		} else if err != nil {
			t.Fatal(err)
		}
		if status != c.status || stderr.String() != c.stderr {
			t.Errorf("%q: status %d, stderr\n%s\nwant status %d, stderr\n%s", c.src, status, stderr.String(), c.status, c.stderr)
		}
	}
}
