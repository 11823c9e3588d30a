// This file prints exceptions the way CPython does: the traceback with
// each frame's file, line, function and source line, the chained
// exceptions before it, and the final "Type: message" line.

package vm

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/ftpy/ftpy/object"
)

// WriteTraceback prints exc with its traceback and its causes.
func (st *State) WriteTraceback(w io.Writer, exc *object.Exception) {
	st.writeChain(w, exc, map[*object.Exception]bool{})
}

func (st *State) writeChain(w io.Writer, exc *object.Exception, seen map[*object.Exception]bool) {
	seen[exc] = true
	if c := exc.Cause; c != nil {
		ce := object.Cast[object.Exception](c)
		if !seen[ce] {
			st.writeChain(w, ce, seen)
			fmt.Fprint(w, "\nThe above exception was the direct cause of the following exception:\n\n")
		}
	} else if ctx := exc.Context; ctx != nil && !exc.SuppressContext {
		ce := object.Cast[object.Exception](ctx)
		if !seen[ce] {
			st.writeChain(w, ce, seen)
			fmt.Fprint(w, "\nDuring handling of the above exception, another exception occurred:\n\n")
		}
	}
	if len(exc.Traceback) > 0 {
		fmt.Fprintln(w, "Traceback (most recent call last):")
		for i := len(exc.Traceback) - 1; i >= 0; i-- {
			e := exc.Traceback[i]
			fmt.Fprintf(w, "  File \"%s\", line %d, in %s\n", e.Filename, e.Line, e.Name)
			if line := sourceLine(e.Filename, e.Line); line != "" {
				fmt.Fprintf(w, "    %s\n", strings.TrimSpace(line))
			}
		}
	}
	fmt.Fprintln(w, st.exceptionLine(exc))
}

// exceptionLine is the last line of a traceback: "Type: message", or for
// a SyntaxError the block with the caret.
func (st *State) exceptionLine(exc *object.Exception) string {
	if exc.Dict != nil {
		if f := exc.Dict.GetStr(object.Intern("_ftpy_formatted")); f != nil {
			return strings.TrimSuffix(object.StrValue(f), "\n")
		}
	}
	name := exc.Type().Name
	if mod := typeModule(exc.Type()); mod != "builtins" && mod != "__main__" {
		name = mod + "." + name
	}
	msg, err := object.StrString(st.t, exc.Obj())
	if err != nil {
		st.t.DropError(err)
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// sourceLine reads line n of a file, for tracebacks.
func sourceLine(filename string, n int) string {
	if strings.HasPrefix(filename, "<") {
		return ""
	}
	data, err := os.ReadFile(filename)
	if err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// SystemExitCode reports whether exc is SystemExit and the exit status it
// asks for, printing a non-integer code as CPython does.
func (st *State) SystemExitCode(exc *object.Exception) (int, bool) {
	if !object.IsInstance(exc.Obj(), object.SystemExitType) {
		return 0, false
	}
	if exc.Args == nil || len(exc.Args.Items) == 0 || exc.Args.Items[0] == object.None {
		return 0, true
	}
	code := exc.Args.Items[0]
	if object.IsInt(code) {
		v, _ := object.AsInt(code).Int64()
		return int(v), true
	}
	st.interp.Flush()
	s, err := object.StrString(st.t, code)
	if err == nil {
		fmt.Fprintln(st.interp.Stderr, s)
	}
	return 1, true
}
