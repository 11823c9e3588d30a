// This file holds the less common calls the Lib reaches for: statvfs
// (shutil.disk_usage), sendfile (shutil's fast copy), system, device
// numbers (tarfile), mknod, ttyname, pread and pwrite, sysconf, and the
// calls that change the process's ids.

package posix

import (
	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	goos "os"
	"os/exec"
	"strconv"
	"syscall"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
)

var statvfsResultType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "os.statvfs_result",
	Doc:  "statvfs_result: what statvfs and fstatvfs return, a file system's sizes and flags.",
	Fields: object.StructSeqFields(
		"f_bsize", "block size", "f_frsize", "fragment size", "f_blocks", "size in fragments",
		"f_bfree", "free blocks", "f_bavail", "free blocks for unprivileged users",
		"f_files", "inodes", "f_ffree", "free inodes", "f_favail", "free inodes for unprivileged users",
		"f_flag", "mount flags (ST_*)", "f_namemax", "longest file name", "f_fsid", "file system id"),
	NInSequence: 10,
})

func newStatvfs(t *object.Thread, s *unix.Statfs_t) *object.Object {
	v := []*object.Object{}
	for _, x := range []uint64{uint64(s.Bsize), uint64(s.Frsize), s.Blocks, s.Bfree, s.Bavail, s.Files, s.Ffree, s.Ffree,
		uint64(s.Flags) &^ 0x20 /* ST_VALID, which statvfs leaves out */, uint64(s.Namelen)} {
		v = append(v, newUint(t, x))
	}
	fsid := uint64(uint32(s.Fsid.Val[0])) | uint64(uint32(s.Fsid.Val[1]))<<32
	v = append(v, newUint(t, fsid))
	return object.NewStructSeq(t, statvfsResultType, v)
}

// sysconfNames are the sysconf names answered, with how.
var sysconfNames = map[string]struct {
	code  int
	value func() int64
}{
	"SC_ARG_MAX":            {0, func() int64 { return rlimitQuarter(unix.RLIMIT_STACK, 131072) }},
	"SC_CHILD_MAX":          {1, func() int64 { return rlimitCur(unix.RLIMIT_NPROC) }},
	"SC_CLK_TCK":            {2, func() int64 { return 100 }},
	"SC_NGROUPS_MAX":        {3, func() int64 { return 65536 }},
	"SC_OPEN_MAX":           {4, func() int64 { return rlimitCur(unix.RLIMIT_NOFILE) }},
	"SC_PAGESIZE":           {30, func() int64 { return int64(unix.Getpagesize()) }},
	"SC_PAGE_SIZE":          {30, func() int64 { return int64(unix.Getpagesize()) }},
	"SC_NPROCESSORS_CONF":   {83, func() int64 { return int64(cpuCount()) }},
	"SC_NPROCESSORS_ONLN":   {84, func() int64 { return int64(cpuCount()) }},
	"SC_PHYS_PAGES":         {85, physPages},
	"SC_LINE_MAX":           {43, func() int64 { return 2048 }},
	"SC_LOGIN_NAME_MAX":     {71, func() int64 { return 256 }},
	"SC_TTY_NAME_MAX":       {72, func() int64 { return 32 }},
	"SC_IOV_MAX":            {60, func() int64 { return 1024 }},
	"SC_GETPW_R_SIZE_MAX":   {70, func() int64 { return 1024 }},
	"SC_GETGR_R_SIZE_MAX":   {69, func() int64 { return 1024 }},
	"SC_SEM_NSEMS_MAX":      {32, func() int64 { return -1 }},
	"SC_THREAD_STACK_MIN":   {75, func() int64 { return 16384 }},
	"SC_STREAM_MAX":         {5, func() int64 { return 16 }},
	"SC_TZNAME_MAX":         {6, func() int64 { return -1 }},
	"SC_THREAD_KEYS_MAX":    {74, func() int64 { return 1024 }},
	"SC_THREAD_THREADS_MAX": {76, func() int64 { return -1 }},
}

func rlimitCur(res int) int64 {
	var r unix.Rlimit
	if unix.Getrlimit(res, &r) != nil || r.Cur == unix.RLIM_INFINITY {
		return -1
	}
	return int64(r.Cur)
}

// rlimitQuarter is glibc's ARG_MAX: a quarter of the stack limit, at
// least def.
func rlimitQuarter(res int, def int64) int64 {
	v := rlimitCur(res)
	if v < 0 {
		return -1
	}
	return max(v/4, def)
}

func physPages() int64 {
	var info unix.Sysinfo_t
	if unix.Sysinfo(&info) != nil {
		return -1
	}
	return int64(info.Totalram) * int64(info.Unit) / int64(unix.Getpagesize())
}

// setIDFunc makes one of the set*id calls of n ids.
func setIDFunc(name string, n int, call func(ids []int) error) object.MethodDef {
	return fn(name, func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, name, a, kw, n); err != nil {
			return nil, err
		}
		ids := make([]int, n)
		for i, o := range a {
			what := "uid"
			if name[len(name)-3:] == "gid" {
				what = "gid"
			}
			v, err := uidArg(t, o, what)
			if err != nil {
				return nil, err
			}
			ids[i] = v
		}
		if err := call(ids); err != nil {
			return nil, Error(t, err)
		}
		return object.None, nil
	})
}

func intTuple(t *object.Thread, vs ...int64) *object.Object {
	items := make([]*object.Object, len(vs))
	for i, v := range vs {
		items[i] = object.NewInt(t, v)
	}
	return object.NewTuple(t, items).Obj()
}

var moreFuncs = []object.MethodDef{
	fn("statvfs", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po *object.Object
		if err := parse(t, "statvfs", a, kw, []string{"path"}, 1, &po); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "statvfs", "path", po, pathOrFD)
		if err != nil {
			return nil, err
		}
		var s unix.Statfs_t
		t.Detach()
		if p.IsFD {
			err = retry(func() error { return unix.Fstatfs(p.FD, &s) })
		} else {
			err = retry(func() error { return unix.Statfs(p.P, &s) })
		}
		t.Attach()
		if err != nil {
			return nil, Error(t, err, p)
		}
		return newStatvfs(t, &s), nil
	}),
	fn("fstatvfs", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "fstatvfs", a, kw, 1)
		if err != nil {
			return nil, err
		}
		var s unix.Statfs_t
		if err := retry(func() error { return unix.Fstatfs(v[0], &s) }); err != nil {
			return nil, Error(t, err)
		}
		return newStatvfs(t, &s), nil
	}),
	fn("sendfile", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var oo, io, offo, co *object.Object
		if err := parse(t, "sendfile", a, kw, []string{"out_fd", "in_fd", "offset", "count"}, 4, &oo, &io, &offo, &co); err != nil {
			return nil, err
		}
		out, err := cInt(t, oo)
		if err != nil {
			return nil, err
		}
		in, err := cInt(t, io)
		if err != nil {
			return nil, err
		}
		var off *int64
		if offo != object.None {
			o, err := cLong(t, offo)
			if err != nil {
				return nil, err
			}
			off = &o
		}
		count, err := cLong(t, co)
		if err != nil {
			return nil, err
		}
		var n int
		t.Detach()
		err = retry(func() (e error) { n, e = unix.Sendfile(out, in, off, int(count)); return e })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, int64(n)), nil
	}),
	fn("system", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var co *object.Object
		if err := parse(t, "system", a, kw, []string{"command"}, 1, &co); err != nil {
			return nil, err
		}
		cmd, err := envArg(t, co)
		if err != nil {
			return nil, err
		}
		c := exec.Command("/bin/sh", "-c", cmd)
		c.Stdin, c.Stdout, c.Stderr = goos.Stdin, goos.Stdout, goos.Stderr
		t.Detach()
		_ = c.Run() // an exit status other than 0 is the result, not an error
		t.Attach()
		if c.ProcessState == nil {
			return object.NewInt(t, -1), nil // sh could not be started
		}
		// A non-zero status is the result, not an error: system returns
		// the raw wait status.
		return object.NewInt(t, int64(c.ProcessState.Sys().(syscall.WaitStatus))), nil
	}),
	fn("major", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "major", a, kw, 1); err != nil {
			return nil, err
		}
		d, err := cLong(t, a[0])
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(unix.Major(uint64(d)))), nil
	}),
	fn("minor", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "minor", a, kw, 1); err != nil {
			return nil, err
		}
		d, err := cLong(t, a[0])
		if err != nil {
			return nil, err
		}
		return object.NewInt(t, int64(unix.Minor(uint64(d)))), nil
	}),
	fn("makedev", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "makedev", a, kw, 2)
		if err != nil {
			return nil, err
		}
		return newUint(t, unix.Mkdev(uint32(v[0]), uint32(v[1]))), nil
	}),
	fn("mknod", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		c, err := parsePathCall(t, "mknod", a, kw, []string{"path", "mode", "device", "$dir_fd"}, 1, pathOnly, 0o600, 0)
		if err != nil {
			return nil, err
		}
		t.Detach()
		err = retry(func() error { return unix.Mknodat(c.dirfd, c.path.P, uint32(c.ints[0]), c.ints[1]) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err) // CPython names no file here
		}
		return object.None, nil
	}),
	fn("ttyname", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		v, err := fdArgs(t, "ttyname", a, kw, 1)
		if err != nil {
			return nil, err
		}
		if _, err := unix.IoctlGetTermios(v[0], unix.TCGETS); err != nil {
			return nil, Error(t, err)
		}
		name, err := goos.Readlink("/proc/self/fd/" + strconv.Itoa(v[0]))
		if err != nil {
			return nil, Error(t, unix.ENOTTY)
		}
		return object.FSDecode(t, name), nil
	}),
	fn("pread", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "pread", a, kw, 3); err != nil {
			return nil, err
		}
		fd, err := cInt(t, a[0])
		if err != nil {
			return nil, err
		}
		n, err := cInt(t, a[1])
		if err != nil {
			return nil, err
		}
		off, err := cLong(t, a[2])
		if err != nil {
			return nil, err
		}
		if n < 0 {
			return nil, Error(t, unix.EINVAL)
		}
		buf := make([]byte, n)
		var got int
		t.Detach()
		err = retry(func() (e error) { got, e = unix.Pread(fd, buf, off); return e })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewBytes(t, buf[:got]), nil
	}),
	fn("pwrite", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "pwrite", a, kw, 3); err != nil {
			return nil, err
		}
		fd, err := cInt(t, a[0])
		if err != nil {
			return nil, err
		}
		data, err := bytesarg.Get(t, a[1])
		if err != nil {
			return nil, err
		}
		off, err := cLong(t, a[2])
		if err != nil {
			return nil, err
		}
		var n int
		t.Detach()
		err = retry(func() (e error) { n, e = unix.Pwrite(fd, data, off); return e })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return object.NewInt(t, int64(n)), nil
	}),
	fn("sysconf", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := posArgs(t, "sysconf", a, kw, 1); err != nil {
			return nil, err
		}
		if object.IsStr(a[0]) {
			c, ok := sysconfNames[object.StrValue(a[0])]
			if !ok {
				return nil, t.Errorf(object.ValueErrorType, "unrecognized configuration name")
			}
			return object.NewInt(t, c.value()), nil
		}
		code, err := cInt(t, a[0])
		if err != nil {
			if object.ErrorMatches(err, object.TypeErrorType) {
				t.DropError(err)
				return nil, t.Errorf(object.TypeErrorType, "configuration names must be strings or integers")
			}
			return nil, err
		}
		for _, c := range sysconfNames {
			if c.code == code {
				return object.NewInt(t, c.value()), nil
			}
		}
		return nil, Error(t, unix.EINVAL)
	}),
	noArgs("getresuid", func(t *object.Thread) (*object.Object, error) {
		r, e, s := unix.Getresuid()
		return intTuple(t, int64(r), int64(e), int64(s)), nil
	}),
	noArgs("getresgid", func(t *object.Thread) (*object.Object, error) {
		r, e, s := unix.Getresgid()
		return intTuple(t, int64(r), int64(e), int64(s)), nil
	}),
	setIDFunc("setuid", 1, func(v []int) error { return unix.Setuid(v[0]) }),
	setIDFunc("setgid", 1, func(v []int) error { return unix.Setgid(v[0]) }),
	setIDFunc("seteuid", 1, func(v []int) error { return unix.Setresuid(-1, v[0], -1) }),
	setIDFunc("setegid", 1, func(v []int) error { return unix.Setresgid(-1, v[0], -1) }),
	setIDFunc("setreuid", 2, func(v []int) error { return unix.Setreuid(v[0], v[1]) }),
	setIDFunc("setregid", 2, func(v []int) error { return unix.Setregid(v[0], v[1]) }),
	setIDFunc("setresuid", 3, func(v []int) error { return unix.Setresuid(v[0], v[1], v[2]) }),
	setIDFunc("setresgid", 3, func(v []int) error { return unix.Setresgid(v[0], v[1], v[2]) }),
}
