// This file runs Python programs: a file, -c code, or standard input.

package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
	"github.com/ftpy/ftpy/vm"
)

// runProgram runs source as the __main__ module and returns the process
// exit code.
func runProgram(filename string, src []byte, argv []string, scriptDir string) int {
	t := object.NewThread()
	t.Attach()
	out := bufio.NewWriterSize(os.Stdout, 64<<10)
	in := vm.NewInterp(t)
	in.Stdout = out
	in.Argv = argv
	in.Path = []string{scriptDir}
	defer out.Flush()
	st := in.Attach(t)
	code, err := compileFile(t, filename, src)
	if err != nil {
		out.Flush()
		fmt.Fprintln(os.Stderr, err.(*syntax.Error).Format())
		return 1
	}
	m := st.NewModule("__main__")
	m.Dict.SetStr(t, object.Intern("__file__"), object.NewStr(t, filename))
	r, err := st.RunCode(code, m.Dict, nil)
	if err != nil {
		out.Flush()
		exc := t.AsException(err)
		if code, ok := st.SystemExitCode(exc); ok {
			return code
		}
		in.WriteTraceback(os.Stderr, exc)
		return 1
	}
	t.Decref(r)
	return 0
}

func compileFile(t *object.Thread, filename string, src []byte) (*compile.Code, error) {
	mod, err := syntax.ParseFile(filename, src)
	if err != nil {
		return nil, err
	}
	return compile.File(t, filename, mod, compile.ExecMode)
}

func readSource(path string) ([]byte, string, error) {
	if path == "-" {
		b, err := io.ReadAll(os.Stdin)
		return b, "<stdin>", err
	}
	b, err := os.ReadFile(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, path, fmt.Errorf("can't open file '%s': [Errno 2] No such file or directory", absPath(path))
		}
		return nil, path, err
	}
	return b, path, nil
}

func absPath(p string) string {
	if a, err := filepath.Abs(p); err == nil {
		return a
	}
	return p
}
