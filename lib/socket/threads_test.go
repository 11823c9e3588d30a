package socket_test

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/ftpy/ftpy"
)

// TestThreadsScript runs testdata/ftpy_socket_threads.py (echo round
// trips on several pairs at once, many senders on one socket, a close
// ending a blocked recv) in an embedded interpreter, so that
// `go test -race ./lib/socket` checks the module's concurrent paths.
func TestThreadsScript(t *testing.T) {
	src, err := os.ReadFile("../../testdata/ftpy_socket_threads.py")
	if err != nil {
		t.Fatal(err)
	}
	var out, errb strings.Builder
	in, err := ftpy.New(ftpy.Options{Stdout: &out, Stderr: &errb})
	if err != nil {
		t.Fatal(err)
	}
	if err := in.Exec(context.Background(), "ftpy_socket_threads.py", string(src)); err != nil {
		t.Fatalf("%v\n%s", err, errb.String())
	}
	if out.String() != "ok\n" {
		t.Fatalf("output %q, stderr %s", out.String(), errb.String())
	}
}
