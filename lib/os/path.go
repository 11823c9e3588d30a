package os

import (
	goos "os"
	"strings"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/lib/posix"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// The os.path functions, with posixpath's results.

func split(p string) (string, string) {
	i := strings.LastIndexByte(p, '/') + 1
	head, tail := p[:i], p[i:]
	if head != "" && head != strings.Repeat("/", len(head)) {
		head = strings.TrimRight(head, "/")
	}
	return head, tail
}

func join(parts []string) string {
	p := parts[0]
	for _, b := range parts[1:] {
		switch {
		case strings.HasPrefix(b, "/"):
			p = b
		case p == "" || strings.HasSuffix(p, "/"):
			p += b
		default:
			p += "/" + b
		}
	}
	return p
}

func splitext(p string) (string, string) {
	sep := strings.LastIndexByte(p, '/')
	dot := strings.LastIndexByte(p, '.')
	if dot > sep {
		for i := sep + 1; i < dot; i++ {
			if p[i] != '.' {
				return p[:dot], p[dot:]
			}
		}
	}
	return p, ""
}

func normpath(p string) string {
	if p == "" {
		return "."
	}
	initial := 0
	if strings.HasPrefix(p, "/") {
		initial = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			initial = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		if c == "" || c == "." {
			continue
		}
		if c != ".." || (initial == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == "..") {
			comps = append(comps, c)
		} else if len(comps) > 0 {
			comps = comps[:len(comps)-1]
		}
	}
	p = strings.Repeat("/", initial) + strings.Join(comps, "/")
	if p == "" {
		return "."
	}
	return p
}

// pathValue is a path argument of the pure path functions: its text (a
// str's own text, which they work on without encoding it, as posixpath
// does) and whether it was bytes, which their results then are too.
type pathValue struct {
	s       string
	isBytes bool
}

// result returns s as the type of the argument v.
func (v pathValue) result(t *object.Thread, s string) *object.Object {
	if v.isBytes {
		return object.NewBytes(t, []byte(s))
	}
	return object.NewStr(t, s) // cut from str text at ASCII bytes: str text
}

// fspath returns a path argument's value with os.fspath's TypeError.
func fspath(t *object.Thread, o *object.Object) (pathValue, error) {
	r, err := object.FSPathObject(t, o)
	if err != nil {
		return pathValue{}, err
	}
	if r == nil {
		return pathValue{}, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", o.Type().Name)
	}
	defer t.Decref(r)
	if object.IsBytes(r) {
		return pathValue{string(object.BytesValue(r)), true}, nil
	}
	return pathValue{object.StrValue(r), false}, nil
}

func strFunc(name string, f func(p string) string) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, a, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := fspath(t, a[0])
		if err != nil {
			return nil, err
		}
		return p.result(t, f(p.s)), nil
	})
}

func pairFunc(name string, f func(p string) (string, string)) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, a, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := fspath(t, a[0])
		if err != nil {
			return nil, err
		}
		x, y := f(p.s)
		return object.NewTupleRefs(t, p.result(t, x), p.result(t, y)).Obj(), nil
	})
}

// statFunc is a predicate on a path that is false for any OSError, as
// genericpath's are.
func statFunc(name string, f func(fi goos.FileInfo) bool, lstat bool) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, a, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := posix.PathArg(t, "stat", a[0])
		if err != nil {
			if object.ErrorMatches(err, object.ValueErrorType) {
				// A name no OS path can spell (a NUL, a surrogate
				// that is no escaped byte) names no file.
				t.DropError(err)
				return object.False, nil
			}
			return nil, err
		}
		var fi goos.FileInfo
		if lstat {
			fi, err = goos.Lstat(p.P)
		} else {
			fi, err = goos.Stat(p.P)
		}
		return object.NewBool(err == nil && f(fi)), nil
	})
}

func abspath(t *object.Thread, p pathValue) (string, error) {
	s := p.s
	if !strings.HasPrefix(s, "/") {
		cwd, err := goos.Getwd()
		if err != nil {
			return "", posix.Error(t, err)
		}
		s = join([]string{p.fromOS(cwd), s})
	}
	return normpath(s), nil
}

// fromOS returns OS bytes b as text of p's kind: str text for a str.
func (p pathValue) fromOS(b string) string {
	if p.isBytes {
		return b
	}
	return codecs.FSDecode(b)
}

// expanduser expands a leading ~ to $HOME, as posixpath.expanduser does
// when HOME is set.
func expanduser(p pathValue) string {
	s := p.s
	if s != "~" && !strings.HasPrefix(s, "~/") {
		return s
	}
	home := goos.Getenv("HOME")
	if home == "" {
		return s
	}
	r := strings.TrimRight(p.fromOS(home), "/") + s[1:]
	if r == "" {
		return "/"
	}
	return r
}

var pathFuncs = []object.MethodDef{
	fn("join", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "join", kw); err != nil {
			return nil, err
		}
		if len(a) == 0 {
			return nil, t.Errorf(object.TypeErrorType, "join() missing 1 required positional argument: 'a'")
		}
		parts := make([]string, len(a))
		var first pathValue
		for i, o := range a {
			p, err := fspath(t, o)
			if err != nil {
				if i > 0 && object.ErrorMatches(err, object.TypeErrorType) {
					t.DropError(err)
					return nil, t.Errorf(object.TypeErrorType, "join() argument must be str, bytes, or os.PathLike object, not '%s'", o.Type().Name)
				}
				return nil, err
			}
			if i == 0 {
				first = p
			} else if p.isBytes != first.isBytes {
				return nil, t.Errorf(object.TypeErrorType, "Can't mix strings and bytes in path components")
			}
			parts[i] = p.s
		}
		return first.result(t, join(parts)), nil
	}),
	pairFunc("split", split),
	pairFunc("splitext", splitext),
	strFunc("dirname", func(p string) string { h, _ := split(p); return h }),
	strFunc("basename", func(p string) string { return p[strings.LastIndexByte(p, '/')+1:] }),
	strFunc("normpath", normpath),
	fn("abspath", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "abspath", a, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := fspath(t, a[0])
		if err != nil {
			return nil, err
		}
		r, err := abspath(t, p)
		if err != nil {
			return nil, err
		}
		return p.result(t, r), nil
	}),
	fn("isabs", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "isabs", a, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := fspath(t, a[0])
		if err != nil {
			return nil, err
		}
		return object.NewBool(strings.HasPrefix(p.s, "/")), nil
	}),
	fn("expanduser", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "expanduser", a, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := fspath(t, a[0])
		if err != nil {
			return nil, err
		}
		return p.result(t, expanduser(p)), nil
	}),
	statFunc("exists", func(goos.FileInfo) bool { return true }, false),
	statFunc("lexists", func(goos.FileInfo) bool { return true }, true),
	statFunc("isfile", func(fi goos.FileInfo) bool { return fi.Mode().IsRegular() }, false),
	statFunc("isdir", func(fi goos.FileInfo) bool { return fi.IsDir() }, false),
	statFunc("islink", func(fi goos.FileInfo) bool { return fi.Mode()&goos.ModeSymlink != 0 }, true),
	statValue("getsize", func(t *object.Thread, fi goos.FileInfo) *object.Object { return object.NewInt(t, fi.Size()) }),
	statValue("getmtime", func(t *object.Thread, fi goos.FileInfo) *object.Object {
		return object.NewFloat(t, float64(fi.ModTime().UnixNano())/1e9)
	}),
}

func newPathModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("posixpath")
	d := m.Dict
	for i := range pathFuncs {
		d.SetStr(t, object.Intern(pathFuncs[i].Name), object.NewStaticBuiltin(&pathFuncs[i]))
	}
	for k, v := range map[string]string{"sep": "/", "curdir": ".", "pardir": "..", "extsep": ".", "pathsep": ":", "devnull": "/dev/null"} {
		d.SetStr(t, object.Intern(k), object.NewStrStatic(v))
	}
	d.SetStr(t, object.Intern("altsep"), object.None)
	return m.Obj(), nil
}

// statValue makes os.path.<name>(path): a value read from the file's
// stat, with stat's errors.
func statValue(name string, value func(t *object.Thread, fi goos.FileInfo) *object.Object) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, a, kw, 1, 1); err != nil {
			return nil, err
		}
		p, err := posix.PathArg(t, "stat", a[0])
		if err != nil {
			return nil, err
		}
		fi, err := goos.Stat(p.P)
		if err != nil {
			return nil, posix.Error(t, err, p)
		}
		return value(t, fi), nil
	})
}
