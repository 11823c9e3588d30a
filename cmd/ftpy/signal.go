// This file routes SIGINT (Ctrl-C) to the interpreter as
// KeyboardInterrupt.

package main

import (
	"os"
	"os/signal"

	"github.com/ftpy/ftpy/vm"
)

// handleInterrupts makes Ctrl-C raise KeyboardInterrupt in st's thread
// until the returned function is called.
func handleInterrupts(st *vm.State) (stop func()) {
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-ch:
				st.Interrupt()
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
