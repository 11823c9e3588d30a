// This file holds the calls that create, remove, rename and change
// files and directories by path, and the working directory and umask.
// Each takes dir_fd and follow_symlinks where CPython does, through the
// *at system calls.

package posix

import (
	"math"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
)

// pathCall parses a call of the common shape: path (str, bytes,
// os.PathLike, and an fd when allowFD), optional positional ints, then
// keyword-only dir_fd and follow_symlinks where listed in params.
type pathCallArgs struct {
	path   Path
	ints   []int
	dirfd  int
	follow bool
}

// parsePathCall binds params: the first is the path, then int
// parameters (the first nInts, of which nRequired are required with the
// path), then "$dir_fd" and "$follow_symlinks" if present.
func parsePathCall(t *object.Thread, name string, a args, kw *object.Tuple, params []string, required int, kind pathKind, intDefaults ...int) (pathCallArgs, error) {
	out := make([]*object.Object, len(params))
	ptrs := make([]**object.Object, len(params))
	for i := range out {
		ptrs[i] = &out[i]
	}
	var r pathCallArgs
	if err := parse(t, name, a, kw, params, required, ptrs...); err != nil {
		return r, err
	}
	p, err := pathArg(t, name, "path", out[0], kind)
	if err != nil {
		return r, err
	}
	r.path, r.dirfd, r.follow = p, atFDCWD, true
	for i, pname := range params[1:] {
		o := out[i+1]
		switch pname {
		case "$dir_fd":
			if r.dirfd, err = dirFD(t, o); err != nil {
				return r, err
			}
		case "$follow_symlinks":
			if r.follow, err = boolOr(t, o, true); err != nil {
				return r, err
			}
		default:
			def := 0
			if i < len(intDefaults) {
				def = intDefaults[i]
			}
			v, err := intOr(t, o, def)
			if err != nil {
				return r, err
			}
			r.ints = append(r.ints, v)
		}
	}
	return r, checkFDRules(t, name, p, r.dirfd, r.follow)
}

// pathOp makes a function of a path and ints that runs one system call.
func pathOp(name string, params []string, required int, kind pathKind, defaults []int, call func(c pathCallArgs) error) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		c, err := parsePathCall(t, name, a, kw, params, required, kind, defaults...)
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return call(c) })
		t.Attach()
		if err != nil {
			if err == errChmodNoFollow {
				return nil, t.Errorf(object.NotImplementedErrorType, "chmod: follow_symlinks unavailable on this platform")
			}
			return nil, Error(t, err, c.path)
		}
		return object.None, nil
	})
}

// errChmodNoFollow reports that Linux cannot change a symlink's mode.
var errChmodNoFollow = unix.ENOTSUP

// twoPaths parses src, dst, then keyword-only src_dir_fd, dst_dir_fd
// and the flags listed in extra (bool parameters).
func twoPaths(t *object.Thread, name string, a args, kw *object.Tuple, params []string) (src, dst Path, sfd, dfd int, flags map[string]bool, err error) {
	out := make([]*object.Object, len(params))
	ptrs := make([]**object.Object, len(params))
	for i := range out {
		ptrs[i] = &out[i]
	}
	if err = parse(t, name, a, kw, params, 2, ptrs...); err != nil {
		return
	}
	if src, err = pathArg(t, name, "src", out[0], pathOnly); err != nil {
		return
	}
	if dst, err = pathArg(t, name, "dst", out[1], pathOnly); err != nil {
		return
	}
	sfd, dfd, flags = atFDCWD, atFDCWD, map[string]bool{}
	for i, pname := range params[2:] {
		o := out[i+2]
		switch pname {
		case "$src_dir_fd":
			sfd, err = dirFD(t, o)
		case "$dst_dir_fd", "$dir_fd":
			dfd, err = dirFD(t, o)
		case "$follow_symlinks":
			flags[pname[1:]], err = boolOr(t, o, true)
		default:
			flags[pname], err = boolOr(t, o, false)
		}
		if err != nil {
			return
		}
	}
	return
}

// renameFunc is rename or replace (the same call on POSIX).
func renameFunc(name string) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		src, dst, sfd, dfd, _, err := twoPaths(t, name, a, kw, []string{"src", "dst", "$src_dir_fd", "$dst_dir_fd"})
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return unix.Renameat(sfd, src.P, dfd, dst.P) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err, src, dst)
		}
		return object.None, nil
	})
}

// unlinkFunc is unlink or remove.
func unlinkFunc(name string) object.MethodDef {
	return pathOp(name, []string{"path", "$dir_fd"}, 1, pathOnly, nil, func(c pathCallArgs) error {
		return unix.Unlinkat(c.dirfd, c.path.P, 0)
	})
}

var fileFuncs = []object.MethodDef{
	pathOp("mkdir", []string{"path", "mode", "$dir_fd"}, 1, pathOnly, []int{0o777}, func(c pathCallArgs) error {
		return unix.Mkdirat(c.dirfd, c.path.P, uint32(c.ints[0]))
	}),
	pathOp("rmdir", []string{"path", "$dir_fd"}, 1, pathOnly, nil, func(c pathCallArgs) error {
		return unix.Unlinkat(c.dirfd, c.path.P, unix.AT_REMOVEDIR)
	}),
	unlinkFunc("unlink"),
	unlinkFunc("remove"),
	renameFunc("rename"),
	renameFunc("replace"),
	fn("link", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		src, dst, sfd, dfd, flags, err := twoPaths(t, "link", a, kw, []string{"src", "dst", "$src_dir_fd", "$dst_dir_fd", "$follow_symlinks"})
		if err != nil {
			return nil, err
		}
		at := 0
		if flags["follow_symlinks"] {
			at = unix.AT_SYMLINK_FOLLOW
		}
		t.Detach()
		err = retry(func() error { return unix.Linkat(sfd, src.P, dfd, dst.P, at) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err, src, dst)
		}
		return object.None, nil
	}),
	fn("symlink", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		src, dst, _, dfd, _, err := twoPaths(t, "symlink", a, kw, []string{"src", "dst", "target_is_directory", "$dir_fd"})
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return unix.Symlinkat(src.P, dfd, dst.P) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err, src, dst)
		}
		return object.None, nil
	}),
	fn("readlink", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		c, err := parsePathCall(t, "readlink", a, kw, []string{"path", "$dir_fd"}, 1, pathOnly)
		if err != nil {
			return nil, err
		}
		buf := make([]byte, 256)
		for {
			var n int
			t.Detach()
			err = retry(func() (e error) { n, e = unix.Readlinkat(c.dirfd, c.path.P, buf); return e })
			t.Attach()
			if err != nil {
				return nil, Error(t, err, c.path)
			}
			if n < len(buf) {
				return object.NewOSName(t, string(buf[:n]), c.path.IsBytes), nil
			}
			buf = make([]byte, 2*len(buf))
		}
	}),
	pathOp("chmod", []string{"path", "mode", "$dir_fd", "$follow_symlinks"}, 2, pathOrFD, nil, func(c pathCallArgs) error {
		if c.path.IsFD {
			return unix.Fchmod(c.path.FD, uint32(c.ints[0]))
		}
		if !c.follow {
			err := unix.Fchmodat(c.dirfd, c.path.P, uint32(c.ints[0]), unix.AT_SYMLINK_NOFOLLOW)
			if err == unix.EOPNOTSUPP || err == unix.ENOTSUP {
				return errChmodNoFollow
			}
			return err
		}
		return unix.Fchmodat(c.dirfd, c.path.P, uint32(c.ints[0]), 0)
	}),
	fn("fchmod", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo, mo *object.Object
		if err := parse(t, "fchmod", a, kw, []string{"fd", "mode"}, 2, &fo, &mo); err != nil {
			return nil, err
		}
		fd, err := cInt(t, fo)
		if err != nil {
			return nil, err
		}
		mode, err := cInt(t, mo)
		if err != nil {
			return nil, err
		}
		if err := retry(func() error { return unix.Fchmod(fd, uint32(mode)) }); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	chownFunc("chown", []string{"path", "uid", "gid", "$dir_fd", "$follow_symlinks"}, pathOrFD, true),
	chownFunc("lchown", []string{"path", "uid", "gid"}, pathOnly, false),
	fn("fchown", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo, uo, gob *object.Object
		if err := parse(t, "fchown", a, kw, []string{"fd", "uid", "gid"}, 3, &fo, &uo, &gob); err != nil {
			return nil, err
		}
		fd, err := cInt(t, fo)
		if err != nil {
			return nil, err
		}
		uid, err := uidArg(t, uo, "uid")
		if err != nil {
			return nil, err
		}
		gid, err := uidArg(t, gob, "gid")
		if err != nil {
			return nil, err
		}
		if err := retry(func() error { return unix.Fchown(fd, uid, gid) }); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	fn("utime", utime),
	fn("truncate", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, lo *object.Object
		if err := parse(t, "truncate", a, kw, []string{"path", "length"}, 2, &po, &lo); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "truncate", "path", po, pathOrFD)
		if err != nil {
			return nil, err
		}
		n, err := cLong(t, lo)
		if err != nil {
			return nil, err
		}
		t.Detach()
		if p.IsFD {
			err = retry(func() error { return unix.Ftruncate(p.FD, n) })
		} else {
			err = retry(func() error { return unix.Truncate(p.P, n) })
		}
		t.Attach()
		if err != nil {
			return nil, Error(t, err, p)
		}
		return object.None, nil
	}),
	fn("access", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, mo, dfo, eo, fso *object.Object
		if err := parse(t, "access", a, kw, []string{"path", "mode", "$dir_fd", "$effective_ids", "$follow_symlinks"}, 2, &po, &mo, &dfo, &eo, &fso); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "access", "path", po, pathOnly)
		if err != nil {
			return nil, err
		}
		mode, err := cInt(t, mo)
		if err != nil {
			return nil, err
		}
		dirfd, err := dirFD(t, dfo)
		if err != nil {
			return nil, err
		}
		eff, err := boolOr(t, eo, false)
		if err != nil {
			return nil, err
		}
		follow, err := boolOr(t, fso, true)
		if err != nil {
			return nil, err
		}
		flags := 0
		if eff {
			flags |= unix.AT_EACCESS
		}
		if !follow {
			flags |= unix.AT_SYMLINK_NOFOLLOW
		}
		t.Detach()
		err = unix.Faccessat2(dirfd, p.P, uint32(mode), flags)
		if err == unix.ENOSYS || err == unix.EPERM && flags != 0 {
			err = unix.Faccessat(dirfd, p.P, uint32(mode), flags)
		}
		t.Attach()
		return object.NewBool(err == nil), nil
	}),
	pathOp("chdir", []string{"path"}, 1, pathOrFD, nil, func(c pathCallArgs) error {
		if c.path.IsFD {
			return unix.Fchdir(c.path.FD)
		}
		return unix.Chdir(c.path.P)
	}),
	fn("fchdir", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo *object.Object
		if err := parse(t, "fchdir", a, kw, []string{"fd"}, 1, &fo); err != nil {
			return nil, err
		}
		fd, err := FilenoArg(t, fo)
		if err != nil {
			return nil, err
		}
		if err := retry(func() error { return unix.Fchdir(fd) }); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	}),
	noArgs("getcwd", func(t *object.Thread) (*object.Object, error) {
		d, err := getcwd()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.FSDecode(t, d), nil
	}),
	noArgs("getcwdb", func(t *object.Thread) (*object.Object, error) {
		d, err := getcwd()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewBytes(t, []byte(d)), nil
	}),
	fn("umask", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "umask", a, kw, 1)
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(unix.Umask(v[0]))), nil
	}),
	fn("mkfifo", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		c, err := parsePathCall(t, "mkfifo", a, kw, []string{"path", "mode", "$dir_fd"}, 1, pathOnly, 0o666)
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return unix.Mknodat(c.dirfd, c.path.P, uint32(c.ints[0])|unix.S_IFIFO, 0) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err) // CPython names no file here
		}
		return object.None, nil
	}),
	noArgs("sync", func(t *object.Thread) (*object.Object, error) {
		t.Detach()
		unix.Sync()
		t.Attach()
		return object.None, nil
	}),
}

// chownFunc is chown or lchown.
func chownFunc(name string, params []string, kind pathKind, hasFlags bool) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		out := make([]*object.Object, len(params))
		ptrs := make([]**object.Object, len(params))
		for i := range out {
			ptrs[i] = &out[i]
		}
		if err := parse(t, name, a, kw, params, 3, ptrs...); err != nil {
			return nil, err
		}
		p, err := pathArg(t, name, "path", out[0], kind)
		if err != nil {
			return nil, err
		}
		uid, err := uidArg(t, out[1], "uid")
		if err != nil {
			return nil, err
		}
		gid, err := uidArg(t, out[2], "gid")
		if err != nil {
			return nil, err
		}
		dirfd, follow := atFDCWD, hasFlags
		if hasFlags {
			if dirfd, err = dirFD(t, out[3]); err != nil {
				return nil, err
			}
			if follow, err = boolOr(t, out[4], true); err != nil {
				return nil, err
			}
			if err := checkFDRules(t, name, p, dirfd, follow); err != nil {
				return nil, err
			}
		}
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		t.Detach()
		if p.IsFD {
			err = retry(func() error { return unix.Fchown(p.FD, uid, gid) })
		} else {
			err = retry(func() error { return unix.Fchownat(dirfd, p.P, uid, gid, flags) })
		}
		t.Attach()
		if err != nil {
			return nil, Error(t, err, p)
		}
		return object.None, nil
	})
}

// utime is utime(path, times=None, *, ns, dir_fd=None,
// follow_symlinks=True).
func utime(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	var po, to, nso, dfo, fso *object.Object
	if err := parse(t, "utime", a, kw, []string{"path", "times", "$ns", "$dir_fd", "$follow_symlinks"}, 1, &po, &to, &nso, &dfo, &fso); err != nil {
		return nil, err
	}
	p, err := pathArg(t, "utime", "path", po, pathOrFD)
	if err != nil {
		return nil, err
	}
	if to == object.None {
		to = nil
	}
	if to != nil && nso != nil {
		return nil, t.Errorf(object.ValueErrorType, "utime: you may specify either 'times' or 'ns' but not both")
	}
	ts := []unix.Timespec{{Nsec: unix.UTIME_NOW}, {Nsec: unix.UTIME_NOW}}
	switch {
	case to != nil:
		if !object.IsTuple(to) || object.AsTuple(to).Len() != 2 {
			return nil, t.Errorf(object.TypeErrorType, "utime: 'times' must be either a tuple of two ints or None")
		}
		for i, x := range object.AsTuple(to).Items {
			if ts[i], err = timespecOf(t, x); err != nil {
				return nil, err
			}
		}
	case nso != nil:
		if !object.IsTuple(nso) || object.AsTuple(nso).Len() != 2 {
			return nil, t.Errorf(object.TypeErrorType, "utime: 'ns' must be a tuple of two ints")
		}
		for i, x := range object.AsTuple(nso).Items {
			if ts[i], err = timespecOfNS(t, x); err != nil {
				return nil, err
			}
		}
	}
	dirfd, err := dirFD(t, dfo)
	if err != nil {
		return nil, err
	}
	follow, err := boolOr(t, fso, true)
	if err != nil {
		return nil, err
	}
	if err := checkFDRules(t, "utime", p, dirfd, follow); err != nil {
		return nil, err
	}
	flags := 0
	if !follow {
		flags = unix.AT_SYMLINK_NOFOLLOW
	}
	t.Detach()
	if p.IsFD {
		err = retry(func() error { return unix.UtimesNanoAt(p.FD, "", ts, unix.AT_EMPTY_PATH) })
	} else {
		err = retry(func() error { return unix.UtimesNanoAt(dirfd, p.P, ts, flags) })
	}
	t.Attach()
	if err != nil {
		return nil, Error(t, err, p)
	}
	return object.None, nil
}

// timespecOf converts a time in seconds (int or float), rounding
// towards minus infinity as CPython's utime does.
func timespecOf(t *object.Thread, o *object.Object) (unix.Timespec, error) {
	if object.IsFloat(o) {
		f := object.FloatValue(o)
		if math.IsNaN(f) {
			return unix.Timespec{}, t.Errorf(object.ValueErrorType, "Invalid value NaN (not a number)")
		}
		sec := math.Floor(f)
		if sec < math.MinInt64 || sec >= math.MaxInt64 {
			return unix.Timespec{}, t.Errorf(object.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		nsec := math.Floor((f - sec) * 1e9)
		if nsec >= 1e9 {
			sec++
			nsec -= 1e9
		}
		return unix.Timespec{Sec: int64(sec), Nsec: int64(nsec)}, nil
	}
	v, err := object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return unix.Timespec{}, t.Errorf(object.OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return unix.Timespec{}, err
	}
	return unix.Timespec{Sec: v}, nil
}

// timespecOfNS converts a time in nanoseconds (an int).
func timespecOfNS(t *object.Thread, o *object.Object) (unix.Timespec, error) {
	v, err := object.AsInt64(t, o)
	if err != nil {
		return unix.Timespec{}, err
	}
	sec, nsec := v/1e9, v%1e9
	if nsec < 0 {
		sec--
		nsec += 1e9
	}
	return unix.Timespec{Sec: sec, Nsec: nsec}, nil
}

// getcwd returns the working directory as the kernel names it (not
// $PWD, which may spell it through a symbolic link).
func getcwd() (string, error) {
	for size := 256; ; size *= 2 {
		buf := make([]byte, size)
		n, err := unix.Getcwd(buf)
		if err == unix.ERANGE {
			continue
		}
		if err != nil {
			return "", err
		}
		if n > 0 && buf[n-1] == 0 {
			n--
		}
		return string(buf[:n]), nil
	}
}
