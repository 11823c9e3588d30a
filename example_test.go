package ftpy_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/ftpy/ftpy"
)

// New takes the interpreter's settings: where output goes, the module
// search path, sys.argv, the recursion limit and the runtime mode.
func ExampleNew() {
	var out strings.Builder
	in, err := ftpy.New(ftpy.Options{
		Stdout:         &out,
		Path:           []string{"."},
		Argv:           []string{"prog", "arg"},
		RecursionLimit: 200,
	})
	if err != nil {
		panic(err)
	}
	in.Exec(context.Background(), "<example>", "import sys\nprint(sys.argv, sys.getrecursionlimit(), sys._is_gil_enabled())\n")
	fmt.Print(out.String())
	// Output: ['prog', 'arg'] 200 False
}

// Set and Get move values between Go and the interpreter's globals.
func ExampleInterpreter_Set() {
	in, _ := ftpy.New(ftpy.Options{})
	in.Set("prices", map[string]any{"tea": 2.5, "cake": 4.0})
	in.Exec(context.Background(), "<example>", "total = sum(prices.values())\nnames = sorted(prices)\n")
	total, _ := in.Get("total")
	names, _ := in.Get("names")
	fmt.Println(total, names)
	// Output: 6.5 [cake tea]
}

// A context with a deadline limits how long a call may run: the Python
// code raises TimeoutError at its next safe point or in the call it
// blocks in, no except clause catches it, its finally blocks run, and
// the process goes on.
func ExampleInterpreter_Exec_timeLimit() {
	in, _ := ftpy.New(ftpy.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	err := in.Exec(ctx, "<example>", `
import time
try:
    while True:
        try:
            time.sleep(10)
        except BaseException:
            print('never seen')
finally:
    print('cleaned up')
`)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))
	// Output:
	// cleaned up
	// TimeoutError: the call's deadline passed true
}

// Calls from several goroutines run in parallel, each with a thread
// state of its own, sharing the interpreter's globals.
func Example_goroutines() {
	in, _ := ftpy.New(ftpy.Options{})
	in.Exec(context.Background(), "<example>", "def square(x):\n    return x * x\n")
	results := make([]any, 4)
	var wg sync.WaitGroup
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i], _ = in.Call(context.Background(), "square", i+1)
		}()
	}
	wg.Wait()
	fmt.Println(results)
	// Output: [1 4 9 16]
}

// ExecFile runs a Python file.
func ExampleInterpreter_ExecFile() {
	f, _ := os.CreateTemp("", "example*.py")
	defer os.Remove(f.Name())
	f.WriteString("answer = 6 * 7\n")
	f.Close()
	in, _ := ftpy.New(ftpy.Options{})
	err := in.ExecFile(context.Background(), f.Name())
	answer, _ := in.Get("answer")
	fmt.Println(answer, err)
	// Output: 42 <nil>
}
