package fuzzing

import (
	"fmt"
	"os"
	"runtime"
	"time"
)

// PerInput is how long one fuzz input may run before Within calls it a
// hang. It is generous: the machine may be loaded, or the race detector
// on, and a real hang runs forever.
const PerInput = 10 * time.Second

// Within runs f, and if f has not returned after d, prints every
// goroutine's stack and the input's description and exits the process:
// the fuzzer then records the input as a crasher, which a deadline on
// the test as a whole (go test -timeout) would not do while fuzzing.
func Within(d time.Duration, input func() string, f func()) {
	timer := time.AfterFunc(d, func() {
		buf := make([]byte, 1<<20)
		buf = buf[:runtime.Stack(buf, true)]
		fmt.Fprintf(os.Stderr, "fuzz: input ran longer than %v (a hang):\n%s\n\n%s\n", d, input(), buf)
		os.Exit(2)
	})
	defer timer.Stop()
	f()
}
