// This file holds small helpers: compiling source text, the REPL's
// expression printer, unraisable errors, and the container operations the
// eval loop delegates to the set type.

package vm

import (
	"fmt"
	"sort"
	"strings"

	"github.com/ftpy/ftpy/compile"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

func sortStrings(s []string) { sort.Strings(s) }

func codeObjectType() *object.Type { return compile.CodeType }

func codeOf(o *object.Object) *compile.Code { return object.Cast[compile.Code](o) }

// compileSource compiles source text as a module (exec) or an expression
// (eval), converting syntax errors to Python exceptions.
func (st *State) compileSource(src, filename string, isEval bool, future int) (*compile.Code, error) {
	// As in CPython, how deep a tree compiles depends on the recursion
	// depth left.
	maxDepth := syntax.MaxTreeDepth(st.interp.RecursionLimit(), st.t.Depth)
	if isEval {
		e, err := syntax.ParseExprDepth(filename, []byte(src), maxDepth)
		if err != nil {
			if se, ok := err.(*syntax.Error); ok && !strings.ContainsAny(src, "\r\n") {
				// eval() does not add a newline to its source as exec
				// does, so a one-line expression's text has none.
				se.TextNoNewline = true
			}
			return nil, st.syntaxError(err)
		}
		code, err := compile.Expr(st.t, filename, e)
		if err != nil {
			return nil, st.syntaxError(err)
		}
		return code, nil
	}
	return st.compileStatements(src, filename, compile.ExecMode, future)
}

// compileStatements compiles a module's or exec's source, or, in
// compile.SingleMode, what compile(src, name, "single") gets: expression
// statements then show their values through sys.displayhook.
func (st *State) compileStatements(src, filename string, mode compile.Mode, future int) (*compile.Code, error) {
	maxDepth := syntax.MaxTreeDepth(st.interp.RecursionLimit(), st.t.Depth)
	mod, err := syntax.ParseFileDepth(filename, []byte(src), maxDepth)
	if err != nil {
		return nil, st.syntaxError(err)
	}
	code, err := compile.FileFlags(st.t, filename, mod, mode, future)
	if err != nil {
		return nil, st.syntaxError(err)
	}
	return code, nil
}

// inheritedFuture returns the future features (compile.FlagFuture*) of
// the running code, which exec, eval and compile() pass on to the code
// they compile, as in CPython.
func (st *State) inheritedFuture() int {
	if f := st.frame; f != nil && f.code != nil {
		return f.code.Flags & compile.FlagFutureAnnotations
	}
	return 0
}

// sourceText is the text of a source given to compile, exec or eval: a
// str as it is, bytes decoded as a source file is (PEP 263).
func (st *State) sourceText(src *object.Object, filename string) (string, error) {
	if object.IsStr(src) {
		return object.StrValue(src), nil
	}
	text, err := syntax.DecodeSource(filename, object.BytesValue(src), false)
	if err != nil {
		return "", st.syntaxError(err)
	}
	return string(text), nil
}

// WriteUnraisable reports an exception nobody can catch (in __del__, a
// weak reference callback, or a thread's function), as CPython's default
// sys.unraisablehook: "what: repr(obj)" and the traceback, on stderr.
func (st *State) WriteUnraisable(err error, what string, obj *object.Object) {
	t := st.t
	exc := t.AsException(err)
	defer t.Decref(exc.Obj())
	if hook := st.userUnraisableHook(); hook != nil {
		herr := st.callUnraisableHook(hook, exc, what, obj)
		t.Decref(hook)
		if herr == nil {
			return
		}
		// As CPython: a failing hook is itself reported by the default.
		hexc := t.AsException(herr)
		defer t.Decref(hexc.Obj())
		st.writeUnraisableDefault(hexc, "Exception ignored in sys.unraisablehook", hook)
	}
	st.writeUnraisableDefault(exc, what, obj)
}

// WriteStderr writes s to sys.stderr when the program has replaced it,
// else (or when the replacement fails) to the interpreter's stderr.
func (st *State) WriteStderr(s string) {
	if stderr := st.sysStream(stderrStream); stderr != nil {
		if stderr == object.None {
			return // sys.stderr = None: errors go nowhere, as in CPython
		}
		err := writeTo(st.t, stderr, s, true)
		if err == nil {
			return
		}
		st.t.DropError(err)
	}
	if b, err := encodeStdio(s, "backslashreplace"); err == nil {
		st.interp.Stderr.Write(b)
	}
}

func (st *State) buildSet(items []object.StackRef) (*object.Object, error) {
	s := object.NewSet(st.t) // private until returned: filled without its lock
	for _, it := range items {
		if err := s.InitAdd(st.t, it.Obj()); err != nil {
			st.t.Decref(s.Obj())
			return nil, err
		}
	}
	return s.Obj(), nil
}

func (st *State) setAdd(set, item *object.Object) error {
	return object.Cast[object.Set](set).Add(st.t, item)
}

func (st *State) setUpdate(set, iterable *object.Object) error {
	return object.Cast[object.Set](set).Update(st.t, iterable)
}

// Addr formats an object's address as CPython's reprs do.
func Addr(o *object.Object) string { return fmt.Sprintf("%p", object.Pointer(o)) }
