// This file holds listdir and scandir: the directory reader they share,
// the ScandirIterator type (an iterator and context manager over an open
// directory) and DirEntry, whose is_dir, is_file, is_symlink and stat
// answer from the directory entry's type where they can and otherwise
// stat the file once and keep the result, as CPython's do.

package posix

import (
	"bytes"
	"encoding/binary"
	"strings"
	"sync"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
)

// dirReader reads a directory's entries with getdents64.
type dirReader struct {
	fd   int
	buf  []byte
	pos  int
	n    int
	done bool
}

// dirent is one entry: the inode, the d_type (DT_UNKNOWN when the file
// system does not say) and the name.
type dirent struct {
	ino   uint64
	dtype uint8
	name  string
}

// next returns the next entry other than "." and "..", or ok false at
// the end.
func (r *dirReader) next() (d dirent, ok bool, err error) {
	for {
		if d, ok = r.nextBuffered(); ok || r.done {
			return d, ok, nil
		}
		if err = r.fill(); err != nil {
			return d, false, err
		}
	}
}

// nextBuffered returns the next entry already read, if any: it makes no
// system call.
func (r *dirReader) nextBuffered() (dirent, bool) {
	for r.pos < r.n {
		// struct linux_dirent64: ino u64, off s64, reclen u16, type u8,
		// then the NUL-terminated name.
		rec := r.buf[r.pos:r.n]
		reclen := int(binary.NativeEndian.Uint16(rec[16:18]))
		r.pos += reclen
		name := rec[19:reclen]
		if i := bytes.IndexByte(name, 0); i >= 0 {
			name = name[:i]
		}
		if string(name) == "." || string(name) == ".." {
			continue
		}
		return dirent{ino: binary.NativeEndian.Uint64(rec[0:8]), dtype: rec[18], name: string(name)}, true
	}
	return dirent{}, false
}

// fill reads the next batch of entries; none left marks the end.
func (r *dirReader) fill() error {
	if r.buf == nil {
		r.buf = make([]byte, 8192)
	}
	r.pos, r.n = 0, 0
	err := retry(func() (e error) { r.n, e = unix.Getdents(r.fd, r.buf); return e })
	if err != nil {
		r.n = 0
		return err
	}
	if r.n <= 0 {
		r.n, r.done = 0, true
	}
	return nil
}

// openDir opens the directory p for reading. A descriptor path is
// duplicated, and read from its start, so that the caller's descriptor
// stays open (CPython uses fdopendir on a dup).
func openDir(p Path) (int, error) {
	if p.IsFD {
		fd, err := unix.FcntlInt(uintptr(p.FD), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return -1, err
		}
		if _, err := unix.Seek(fd, 0, 0); err != nil {
			unix.Close(fd)
			return -1, err
		}
		return fd, nil
	}
	var fd int
	err := retry(func() (e error) {
		fd, e = unix.Open(p.P, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
		return e
	})
	return fd, err
}

// closeDir closes a directory opened by openDir; for a descriptor path
// it rewinds the shared offset first, as CPython's rewinddir does.
func closeDir(p Path, fd int) {
	if p.IsFD {
		unix.Seek(fd, 0, 0)
	}
	unix.Close(fd)
}

func listdir(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	var po *object.Object
	if err := parse(t, "listdir", a, kw, []string{"path"}, 0, &po); err != nil {
		return nil, err
	}
	p := Path{P: "."}
	if po != nil {
		var err error
		if p, err = pathArg(t, "listdir", "path", po, pathFDOrNone); err != nil {
			return nil, err
		}
	}
	t.Detach()
	var names []string
	fd, err := openDir(p)
	if err == nil {
		r := dirReader{fd: fd}
		for {
			d, ok, rerr := r.next()
			if rerr != nil || !ok {
				err = rerr
				break
			}
			names = append(names, d.name)
		}
		closeDir(p, fd)
	}
	t.Attach()
	if err != nil {
		return nil, Error(t, err, p)
	}
	items := make([]*object.Object, len(names))
	for i, n := range names {
		items[i] = object.NewOSName(t, n, p.IsBytes)
	}
	return object.NewList(t, items).Obj(), nil
}

// scandirIter is posix.ScandirIterator.
type scandirIter struct {
	object.Object
	mu     sync.Mutex
	path   Path
	prefix string // joined before each name to make DirEntry.path
	r      dirReader
	open   bool
}

var scandirIterType = object.NewStaticType(&object.Type{Name: "ScandirIterator", Module: "posix"})

// dirEntry is posix.DirEntry.
type dirEntry struct {
	object.Object
	name, path *object.Object // owned
	ino        uint64
	dtype      uint8
	dirfd      int // the directory's descriptor for a scandir(fd), else AT_FDCWD
	osName     string
	osPath     string

	mu          sync.Mutex
	stat, lstat *object.Object // cached results, owned; nil until asked
}

var dirEntryType = object.NewStaticType(&object.Type{Name: "DirEntry", Module: "posix", Flags: object.FlagGC})

func scandir(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	var po *object.Object
	if err := parse(t, "scandir", a, kw, []string{"path"}, 0, &po); err != nil {
		return nil, err
	}
	p := Path{P: "."}
	if po != nil {
		var err error
		if p, err = pathArg(t, "scandir", "path", po, pathFDOrNone); err != nil {
			return nil, err
		}
	}
	t.Detach()
	fd, err := openDir(p)
	t.Attach()
	if err != nil {
		return nil, Error(t, err, p)
	}
	it := &scandirIter{path: p, r: dirReader{fd: fd}, open: true}
	if !p.IsFD {
		it.prefix = p.P
		if !strings.HasSuffix(it.prefix, "/") {
			it.prefix += "/"
		}
	}
	t.Init(&it.Object, scandirIterType)
	return &it.Object, nil
}

// close closes the directory once.
func (it *scandirIter) close() {
	it.mu.Lock()
	defer it.mu.Unlock()
	if it.open {
		it.open = false
		closeDir(it.path, it.r.fd)
	}
}

func scandirNext(t *object.Thread, o *object.Object) (*object.Object, error) {
	it := object.Cast[scandirIter](o)
	// Fast path: an entry already read needs neither a system call nor
	// detaching, when no other thread holds the lock.
	if it.mu.TryLock() {
		if !it.open {
			it.mu.Unlock()
			return nil, nil
		}
		d, ok := it.r.nextBuffered()
		it.mu.Unlock()
		if ok {
			return it.newEntry(t, d), nil
		}
	}
	// The lock is taken and released detached: a thread holding it never
	// waits to attach (which a stop-the-world could hold up while another
	// thread, attached, waits for the lock).
	t.Detach()
	it.mu.Lock()
	if !it.open {
		it.mu.Unlock()
		t.Attach()
		return nil, nil
	}
	d, ok, err := it.r.next()
	it.mu.Unlock()
	t.Attach()
	if err != nil {
		it.close()
		return nil, Error(t, err, it.path)
	}
	if !ok {
		it.close()
		return nil, nil
	}
	return it.newEntry(t, d), nil
}

// newEntry makes the DirEntry for d.
func (it *scandirIter) newEntry(t *object.Thread, d dirent) *object.Object {
	e := &dirEntry{ino: d.ino, dtype: d.dtype, dirfd: atFDCWD, osName: d.name, osPath: it.prefix + d.name}
	if it.path.IsFD {
		e.dirfd = it.path.FD
	}
	e.name = object.NewOSName(t, d.name, it.path.IsBytes)
	e.path = object.NewOSName(t, e.osPath, it.path.IsBytes)
	t.Init(&e.Object, dirEntryType)
	t.Track(&e.Object)
	return &e.Object
}

// statOf returns the entry's stat or lstat, borrowed, made once.
func (e *dirEntry) statOf(t *object.Thread, follow bool) (*object.Object, error) {
	if follow {
		link, err := e.isSymlink(t)
		if err != nil {
			return nil, err
		}
		follow = link
	}
	e.mu.Lock()
	cached := e.lstat
	if follow {
		cached = e.stat
	}
	e.mu.Unlock()
	if cached != nil {
		return cached, nil
	}
	p := Path{P: e.osPath, IsBytes: object.IsBytes(e.path)}
	if e.dirfd != atFDCWD {
		p.P = e.osName
	}
	st, err := statPath(t, p, e.dirfd, follow)
	if err != nil {
		return nil, err
	}
	e.mu.Lock()
	slot := &e.lstat
	if follow {
		slot = &e.stat
	}
	if *slot == nil {
		*slot = st
	} else {
		t.Decref(st) // another thread was first
	}
	st = *slot
	e.mu.Unlock()
	return st, nil
}

func (e *dirEntry) isSymlink(t *object.Thread) (bool, error) {
	if e.dtype != unix.DT_UNKNOWN {
		return e.dtype == unix.DT_LNK, nil
	}
	st, err := e.statOf(t, false)
	if err != nil {
		return false, err
	}
	return modeOf(st)&unix.S_IFMT == unix.S_IFLNK, nil
}

// modeOf returns a stat_result's st_mode.
func modeOf(st *object.Object) uint32 {
	v, _ := object.AsInt(object.StructSeqItem(st, 0)).Int64()
	return uint32(v)
}

// testMode is is_dir and is_file: from the d_type when it is known and
// no symlink needs following, else from a stat, a missing file being
// neither.
func (e *dirEntry) testMode(t *object.Thread, follow bool, format uint32) (bool, error) {
	needStat := e.dtype == unix.DT_UNKNOWN || (follow && e.dtype == unix.DT_LNK)
	if !needStat {
		// d_type numbers the types as st_mode's type bits shifted down.
		return uint32(e.dtype) == format>>12, nil
	}
	st, err := e.statOf(t, follow)
	if err != nil {
		if object.ErrorMatches(err, object.FileNotFoundErrorType) {
			t.DropError(err)
			return false, nil
		}
		return false, err
	}
	return modeOf(st)&unix.S_IFMT == format, nil
}

// followArg parses the keyword-only follow_symlinks of a DirEntry method.
func followArg(t *object.Thread, name string, a args, kw *object.Tuple) (bool, error) {
	npos := len(a)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos > 0 {
		return false, t.Errorf(object.TypeErrorType, "%s() takes no positional arguments", name)
	}
	var fo *object.Object
	if err := parse(t, name, a, kw, []string{"$follow_symlinks"}, 0, &fo); err != nil {
		return false, err
	}
	return boolOr(t, fo, true)
}

func entryMethod(name string, f func(t *object.Thread, e *dirEntry, follow bool) (*object.Object, error)) object.MethodDef {
	return fn(name, func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		follow, err := followArg(t, name, a, kw)
		if err != nil {
			return nil, err
		}
		return f(t, object.Cast[dirEntry](self), follow)
	})
}

var dirEntryMethods = []object.MethodDef{
	object.ClassGetItemDef, // DirEntry[str], as os.DirEntry is generic
	entryMethod("is_dir", func(t *object.Thread, e *dirEntry, follow bool) (*object.Object, error) {
		r, err := e.testMode(t, follow, unix.S_IFDIR)
		return object.NewBool(r), err
	}),
	entryMethod("is_file", func(t *object.Thread, e *dirEntry, follow bool) (*object.Object, error) {
		r, err := e.testMode(t, follow, unix.S_IFREG)
		return object.NewBool(r), err
	}),
	entryMethod("stat", func(t *object.Thread, e *dirEntry, follow bool) (*object.Object, error) {
		st, err := e.statOf(t, follow)
		if err != nil {
			return nil, err
		}
		return t.NewRef(st), nil
	}),
	fn("is_symlink", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "is_symlink", a, kw, 0, 0); err != nil {
			return nil, err
		}
		r, err := object.Cast[dirEntry](self).isSymlink(t)
		return object.NewBool(r), err
	}),
	fn("inode", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "inode", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return newUint(t, object.Cast[dirEntry](self).ino), nil
	}),
	fn("__fspath__", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__fspath__", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return t.NewRef(object.Cast[dirEntry](self).path), nil
	}),
}

var scandirMethods = []object.MethodDef{
	fn("close", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "close", a, kw, 0, 0); err != nil {
			return nil, err
		}
		object.Cast[scandirIter](self).close()
		return object.None, nil
	}),
	fn("__enter__", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "__enter__", a, kw, 0, 0); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}),
	fn("__exit__", func(t *object.Thread, self *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		object.Cast[scandirIter](self).close()
		return object.False, nil
	}),
}

// noNew refuses to make instances from Python, naming the type as
// CPython does.
func noNew(name string) func(t *object.Thread, typ *object.Type, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return func(t *object.Thread, typ *object.Type, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		return nil, t.Errorf(object.TypeErrorType, "cannot create '%s' instances", name)
	}
}

func init() {
	scandirIterType.New = noNew("posix.ScandirIterator")
	dirEntryType.New = noNew("posix.DirEntry")
	scandirIterType.Iter = func(t *object.Thread, o *object.Object) (*object.Object, error) { return t.NewRef(o), nil }
	scandirIterType.Next = scandirNext
	// An iterator dropped before its end closes its directory (CPython
	// also warns with a ResourceWarning).
	scandirIterType.Dealloc = func(t *object.Thread, o *object.Object) { object.Cast[scandirIter](o).close() }
	object.ReadyType(scandirIterType, scandirMethods, nil)

	dirEntryType.Repr = func(t *object.Thread, o *object.Object) (*object.Object, error) {
		r, err := object.ReprString(t, object.Cast[dirEntry](o).name)
		if err != nil {
			return nil, err
		}
		return object.NewStr(t, "<DirEntry "+r+">"), nil
	}
	dirEntryType.Traverse = func(o *object.Object, visit object.Visitor) {
		e := object.Cast[dirEntry](o)
		for _, x := range []*object.Object{e.name, e.path, e.stat, e.lstat} {
			if x != nil {
				visit(x)
			}
		}
	}
	dirEntryType.Clear = func(t *object.Thread, o *object.Object) {
		e := object.Cast[dirEntry](o)
		e.mu.Lock()
		refs := []*object.Object{e.name, e.path, e.stat, e.lstat}
		e.name, e.path, e.stat, e.lstat = nil, nil, nil, nil
		e.mu.Unlock()
		for _, x := range refs {
			t.XDecref(x)
		}
	}
	dirEntryType.Dealloc = dirEntryType.Clear
	object.ReadyType(dirEntryType, dirEntryMethods, []object.GetSetDef{
		{Name: "name", Doc: "the entry's base filename, relative to scandir()'s path argument",
			Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
				return t.NewRef(object.Cast[dirEntry](o).name), nil
			}},
		{Name: "path", Doc: "the entry's full path name: scandir()'s path argument joined with name",
			Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
				return t.NewRef(object.Cast[dirEntry](o).path), nil
			}},
	})
}
