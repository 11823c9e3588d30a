// This file converts the arguments posix functions share, as CPython's
// argument clinic converters do: paths (path_t, which may also be a file
// descriptor), descriptors, dir_fd, and the int types of C.

package posix

import (
	"strings"
	"syscall"

	"github.com/ftpy/ftpy/object"
)

type args = []*object.Object

// Path is a path argument as the OS takes it. A path given as a file
// descriptor has IsFD set and FD holding it.
type Path struct {
	P       string // the path's bytes (a str encoded as os.fsencode does)
	IsBytes bool   // given as bytes: names returned are bytes too
	IsFD    bool
	FD      int
}

// Name returns the object an exception's filename holds: the path as
// given (str or bytes, after os.fspath), or the descriptor.
func (p Path) Name(t *object.Thread) *object.Object {
	if p.IsFD {
		return object.NewInt(t, int64(p.FD))
	}
	return object.NewOSName(t, p.P, p.IsBytes)
}

// Error converts a Go error from a system call into the OSError subclass
// python3 raises for its errno, naming the paths involved.
func Error(t *object.Thread, err error, paths ...Path) error {
	names := make([]*object.Object, len(paths))
	for i, p := range paths {
		names[i] = p.Name(t)
	}
	e := object.OSErrorFromGoNames(t, err, names...)
	for _, n := range names {
		t.Decref(n)
	}
	return e
}

// pathKind says what a path parameter accepts besides str, bytes and
// os.PathLike.
type pathKind int

const (
	pathOnly     pathKind = iota
	pathOrFD              // an int is a file descriptor
	pathOrNone            // None is the current directory
	pathFDOrNone          // both
)

var pathKindText = [...]string{
	pathOnly:     "string, bytes or os.PathLike",
	pathOrFD:     "string, bytes, os.PathLike or integer",
	pathOrNone:   "string, bytes, os.PathLike or None",
	pathFDOrNone: "string, bytes, os.PathLike, integer or None",
}

// PathArg converts path argument o of function fname (a str, bytes or
// os.PathLike), with CPython's TypeError for other types and ValueError
// for a NUL byte, which no OS path can hold.
func PathArg(t *object.Thread, fname string, o *object.Object) (Path, error) {
	return pathArg(t, fname, "path", o, pathOnly)
}

// pathArg is CPython's path_converter for parameter argname.
func pathArg(t *object.Thread, fname, argname string, o *object.Object, kind pathKind) (Path, error) {
	if o == object.None && (kind == pathOrNone || kind == pathFDOrNone) {
		return Path{P: "."}, nil
	}
	if (kind == pathOrFD || kind == pathFDOrNone) && !object.IsStr(o) && !object.IsBytes(o) && isIndex(o) {
		fd, err := fdValue(t, o)
		if err != nil {
			return Path{}, err
		}
		return Path{IsFD: true, FD: fd}, nil
	}
	p, isBytes, ok, err := object.FSPath(t, o)
	if err != nil {
		return Path{}, err
	}
	if !ok {
		return Path{}, t.Errorf(object.TypeErrorType, "%s: %s should be %s, not %s", fname, argname, pathKindText[kind], o.Type().Name)
	}
	if strings.IndexByte(p, 0) >= 0 {
		if isBytes {
			return Path{}, t.Errorf(object.ValueErrorType, "%s: embedded null character in %s", fname, argname)
		}
		return Path{}, t.Errorf(object.ValueErrorType, "embedded null byte")
	}
	return Path{P: p, IsBytes: isBytes}, nil
}

// isIndex reports whether o converts to an int through __index__.
func isIndex(o *object.Object) bool {
	if object.IsInt(o) {
		return true
	}
	n := o.Type().Number
	return n != nil && n.Index != nil
}

// fdValue converts a file descriptor given as a path, with CPython's
// messages for one that does not fit a C int.
func fdValue(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			if i, ierr := object.Index(t, o); ierr == nil {
				neg, _ := object.RichCompareBool(t, i, object.SmallInt(0), object.LT)
				t.Decref(i)
				if neg {
					return 0, t.Errorf(object.OverflowErrorType, "fd is less than minimum")
				}
			}
			return 0, t.Errorf(object.OverflowErrorType, "fd is greater than maximum")
		}
		return 0, err
	}
	if v > 1<<31-1 {
		return 0, t.Errorf(object.OverflowErrorType, "fd is greater than maximum")
	}
	if v < -1<<31 {
		return 0, t.Errorf(object.OverflowErrorType, "fd is less than minimum")
	}
	return int(v), nil
}

// cInt converts an int argument to a C int, with CPython's messages.
func cInt(t *object.Thread, o *object.Object) (int, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		return 0, err
	}
	if v > 1<<31-1 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is greater than maximum")
	}
	if v < -1<<31 {
		return 0, t.Errorf(object.OverflowErrorType, "signed integer is less than minimum")
	}
	return int(v), nil
}

// cLong converts an int argument to a C long (64 bits here).
func cLong(t *object.Thread, o *object.Object) (int64, error) {
	v, err := object.AsInt64(t, o)
	if err != nil && object.ErrorMatches(err, object.OverflowErrorType) {
		t.DropError(err)
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C long")
	}
	return v, err
}

// intOr converts an optional int argument, def when it is absent.
func intOr(t *object.Thread, o *object.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return cInt(t, o)
}

// boolOr converts an optional bool argument by truth.
func boolOr(t *object.Thread, o *object.Object, def bool) (bool, error) {
	if o == nil {
		return def, nil
	}
	return object.IsTrue(t, o)
}

// dirFD converts a dir_fd argument: None or absent is AT_FDCWD.
func dirFD(t *object.Thread, o *object.Object) (int, error) {
	if o == nil || o == object.None {
		return atFDCWD, nil
	}
	if !isIndex(o) {
		return 0, t.Errorf(object.TypeErrorType, "argument should be integer or None, not %s", o.Type().Name)
	}
	return fdValue(t, o)
}

// atFDCWD is AT_FDCWD: "relative to the current directory".
const atFDCWD = -100

// checkFDRules applies CPython's rules on combining a descriptor path
// with dir_fd and follow_symlinks.
func checkFDRules(t *object.Thread, fname string, p Path, dirfd int, follow bool) error {
	if p.IsFD && dirfd != atFDCWD {
		return t.Errorf(object.ValueErrorType, "%s: can't specify dir_fd without matching path", fname)
	}
	if p.IsFD && !follow {
		return t.Errorf(object.ValueErrorType, "%s: cannot use fd and follow_symlinks together", fname)
	}
	return nil
}

// uidArg converts a uid or gid argument: -1 means "unchanged".
func uidArg(t *object.Thread, o *object.Object, what string) (int, error) {
	if !isIndex(o) {
		return 0, t.Errorf(object.TypeErrorType, "%s should be integer, not %s", what, o.Type().Name)
	}
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, t.Errorf(object.OverflowErrorType, "%s is greater than maximum", what)
		}
		return 0, err
	}
	if v < -1 {
		return 0, t.Errorf(object.OverflowErrorType, "%s is less than minimum", what)
	}
	if v > 1<<32-1 {
		return 0, t.Errorf(object.OverflowErrorType, "%s is greater than maximum", what)
	}
	return int(v), nil
}

// retry runs a system call again while a signal interrupts it (PEP 475).
func retry(call func() error) error {
	for {
		err := call()
		if err != syscall.EINTR {
			return err
		}
	}
}

func fn(name string, f object.CFunc) object.MethodDef { return object.MethodDef{Name: name, Fn: f} }

// noArgs makes a function of no arguments; CPython names such a
// function with its module in the argument-count message.
func noArgs(name string, f func(t *object.Thread) (*object.Object, error)) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "posix."+name, a, kw, 0, 0); err != nil {
			return nil, err
		}
		return f(t)
	})
}

// parse binds arguments as object.ParseArgs does, with the messages of
// CPython's clinic for too many positional arguments.
func parse(t *object.Thread, fname string, a args, kw *object.Tuple, params []string, required int, out ...**object.Object) error {
	npos := len(a)
	if kw != nil {
		npos -= len(kw.Items)
	}
	maxPos, kwOnly := 0, false
	for _, p := range params {
		if p[0] == '$' {
			kwOnly = true
			break
		}
		maxPos++
	}
	if npos > maxPos {
		s := "s"
		if maxPos == 1 {
			s = ""
		}
		if !kwOnly {
			return t.Errorf(object.TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, s, npos)
		}
		how := "at most"
		if required >= maxPos {
			how = "exactly"
		}
		return t.Errorf(object.TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", fname, how, maxPos, s, npos)
	}
	return object.ParseArgs(t, fname, a, kw, params, required, out...)
}

// posArgs checks the count of a call to a function of n positional-only
// parameters, with the messages of CPython's clinic.
func posArgs(t *object.Thread, name string, a args, kw *object.Tuple, n int) error {
	if err := object.NoKeywords(t, name, kw); err != nil {
		return err
	}
	if len(a) == n {
		return nil
	}
	if n == 1 {
		return t.Errorf(object.TypeErrorType, "posix.%s() takes exactly one argument (%d given)", name, len(a))
	}
	return t.Errorf(object.TypeErrorType, "%s expected %d arguments, got %d", name, n, len(a))
}
