//go:build unix

package main

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

// ignoreSIGPIPE makes a write to a closed pipe fail with EPIPE instead
// of killing the process (Go's default for standard output and error).
func ignoreSIGPIPE() { signal.Ignore(syscall.SIGPIPE) }

// dieOfSIGINT sends SIGINT to the process with Go's default handling
// restored, which kills it; it returns only if the signal does not (it
// was ignored when the process started).
func dieOfSIGINT() {
	signal.Reset(os.Interrupt)
	if syscall.Kill(os.Getpid(), syscall.SIGINT) == nil {
		time.Sleep(time.Second)
	}
}
