// This file implements the interactive prompt (>>> and ...), with line
// editing and history from the readline library. Ctrl-C at the prompt
// discards the input and raises KeyboardInterrupt, as CPython does;
// Ctrl-C while code runs raises KeyboardInterrupt in it; Ctrl-D exits.

package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/chzyer/readline"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

// isTerminal reports whether standard input is a terminal.
func isTerminal() bool { return readline.DefaultIsTerminal() }

func runREPL(xopts map[string]string) int {
	t := object.NewThread()
	t.Attach()
	defer t.Exit()
	in := vm.NewInterp(t)
	in.XOptions = xopts
	in.Argv = []string{""}
	in.Path = []string{"."}
	st := in.Attach(t)
	in.SetMainState(st)
	stop := handleInterrupts(st)
	defer stop()
	m := st.NewModule("__main__")
	defer t.Decref(m.Obj())

	rl, err := readline.NewEx(&readline.Config{Prompt: ">>> ", InterruptPrompt: "^C", EOFPrompt: ""})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer rl.Close()
	in.Stdout, in.Stderr = rl.Stdout(), rl.Stderr()
	fmt.Fprintf(rl.Stdout(), "%s\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n", version)
	var buf []string
	for {
		if len(buf) == 0 {
			rl.SetPrompt(">>> ")
		} else {
			rl.SetPrompt("... ")
		}
		t.Detach()
		line, err := rl.Readline()
		t.Attach()
		switch {
		case errors.Is(err, readline.ErrInterrupt):
			buf = nil
			fmt.Fprintln(rl.Stderr(), "KeyboardInterrupt")
			continue
		case errors.Is(err, io.EOF):
			fmt.Fprintln(rl.Stdout())
			return 0
		case err != nil:
			return 1
		}
		buf = append(buf, line)
		src := strings.Join(buf, "\n") + "\n"
		mod, perr := syntax.ParseFile("<stdin>", []byte(src))
		if perr != nil {
			if incomplete(perr, line, len(buf)) {
				continue
			}
			buf = nil
			fmt.Fprint(rl.Stderr(), strings.TrimSuffix(perr.(*syntax.Error).Format(), "\n")+"\n")
			continue
		}
		// A compound statement ends with an empty line.
		if len(buf) > 1 && strings.TrimSpace(line) != "" {
			continue
		}
		if len(buf) == 1 && strings.HasSuffix(strings.TrimSpace(line), ":") {
			continue
		}
		buf = nil
		code, cerr := compile.File(t, "<stdin>", mod, compile.SingleMode)
		if cerr != nil {
			fmt.Fprintln(rl.Stderr(), cerr)
			continue
		}
		r, rerr := st.RunCode(code, m.Dict, nil)
		in.Flush()
		if rerr != nil {
			exc := t.AsException(rerr)
			if status, ok := st.SystemExitCode(exc); ok {
				t.Decref(exc.Obj())
				return status
			}
			// One write, so that readline redraws the prompt only
			// once, with a lone surrogate as \udcff (backslashreplace).
			st.PrintException(rl.Stderr(), exc)
			t.Decref(exc.Obj())
			continue
		}
		t.Decref(r)
	}
}

// incomplete reports whether a parse error only means the input is not
// finished yet (an open bracket, a block header awaiting its body).
func incomplete(err error, line string, lines int) bool {
	se, ok := err.(*syntax.Error)
	if !ok {
		return false
	}
	msg := se.Msg
	switch {
	case strings.Contains(msg, "was never closed"),
		strings.HasPrefix(msg, "expected an indented block"),
		strings.HasPrefix(msg, "unterminated triple-quoted string"),
		strings.Contains(msg, "unexpected EOF"):
		return strings.TrimSpace(line) != "" || lines == 1
	}
	return false
}
