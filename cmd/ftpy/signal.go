// This file holds the command's signal handling: SIGINT (Ctrl-C) raises
// KeyboardInterrupt in the main thread, SIGPIPE is ignored so that
// writes to a closed pipe raise BrokenPipeError, and a program that an
// uncaught KeyboardInterrupt ended dies of SIGINT, as CPython's do.

package main

import (
	"os"
	"os/signal"

	"github.com/ftpy/ftpy/vm"
)

// handleInterrupts makes Ctrl-C raise KeyboardInterrupt in st's thread
// (the main thread: other threads go on with what they do, as in
// CPython) until the returned function is called. As CPython, it leaves
// SIGINT alone when the process started with it ignored (nohup, a
// background job of a non-interactive shell).
func handleInterrupts(st *vm.State) (stop func()) {
	if signal.Ignored(os.Interrupt) {
		return func() {}
	}
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				// Once Python code set SIGINT's handler (signal.signal),
				// the signal module runs it instead.
				if !st.Interp().SignalClaimed(sigint) {
					st.Interrupt()
				}
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(ch)
		close(done)
	}
}

// sigint is SIGINT's number, which the signal module claims.
const sigint = 2

// exit ends the process with the code ftpyMain returned. For exitSIGINT
// it dies of SIGINT, so that the shell running it (and a script running
// the shell) sees that the user interrupted it, where the platform
// allows; elsewhere it exits with 130, the shells' code for that.
func exit(code int) {
	if code == exitSIGINT {
		dieOfSIGINT()
		code = 130
	}
	os.Exit(code)
}
