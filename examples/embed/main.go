// Command embed is a Go program that embeds ftpy: it registers an
// extension module of its own, written with package ext, and runs a
// Python script that calls it from several threads at once.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ftpy/ftpy"
	"github.com/ftpy/ftpy/ext"
)

// The extension: greeter.greet(name, times) -> str, bound from a plain
// Go function.
func init() {
	ext.Register(&ext.Module{
		Name: "greeter",
		Doc:  "A module written in Go.",
		Funcs: []ext.Func{
			ext.Bind("greet", func(name string, times int) string {
				return strings.TrimSpace(strings.Repeat("hello "+name+" ", times))
			}),
		},
	})
}

const script = `
import threading
import greeter

results = {}
def work(i):
    results[i] = greeter.greet("thread %d" % i, 2)

threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for i in sorted(results):
    print(results[i])
count = len(results)
`

func run(out io.Writer) error {
	in, err := ftpy.New(ftpy.Options{Stdout: out, Stderr: out})
	if err != nil {
		return err
	}
	if err := in.Exec(context.Background(), "<embedded>", script); err != nil {
		return err
	}
	n, err := in.Get("count")
	if err != nil {
		return err
	}
	fmt.Fprintf(out, "Go sees %d results\n", n)
	return nil
}

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
