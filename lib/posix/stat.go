// This file holds stat, lstat and fstat and their result type,
// os.stat_result.

package posix

import (
	"math"
	"math/big"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
)

// statResultType is os.stat_result: ten items (the integer times are
// unnamed items 7..9) and, by name only, the float and nanosecond times,
// st_blksize, st_blocks and st_rdev.
var statResultType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "os.stat_result",
	Doc:  "stat_result: what stat, lstat and fstat return, a 10-tuple\n(mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nwhose fields, and more, are also attributes named st_*.",
	Fields: object.StructSeqFields(
		"st_mode", "file type and permission bits", "st_ino", "inode number", "st_dev", "device holding the file",
		"st_nlink", "hard link count", "st_uid", "owner's user id",
		"st_gid", "owner's group id", "st_size", "size in bytes",
		"", "", "", "", "", "", // the integer times, as items only
		"st_atime", "last access, in seconds", "st_mtime", "last content change, in seconds",
		"st_ctime", "last status change, in seconds",
		"st_atime_ns", "last access, in nanoseconds",
		"st_mtime_ns", "last content change, in nanoseconds",
		"st_ctime_ns", "last status change, in nanoseconds",
		"st_blksize", "preferred I/O block size", "st_blocks", "512-byte blocks allocated",
		"st_rdev", "device number, for a device file"),
	NInSequence: 10,
})

func init() {
	// stat_result(seq) with only the ten items reads the float times
	// from the integer ones, as CPython's does.
	structNew := statResultType.New
	statResultType.New = func(t *object.Thread, typ *object.Type, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		o, err := structNew(t, typ, a, kw)
		if err != nil {
			return nil, err
		}
		for i := 7; i <= 9; i++ {
			if object.StructSeqItem(o, i+3) == object.None {
				object.SetStructSeqItem(t, o, i+3, object.StructSeqItem(o, i))
			}
		}
		return o, nil
	}
}

// newUint returns an unsigned C value as an int.
func newUint(t *object.Thread, v uint64) *object.Object {
	if v > math.MaxInt64 {
		return object.NewIntBig(t, new(big.Int).SetUint64(v))
	}
	return object.NewInt(t, int64(v))
}

// newStatResult converts a stat buffer.
func newStatResult(t *object.Thread, st *unix.Stat_t) *object.Object {
	sec := [3]int64{st.Atim.Sec, st.Mtim.Sec, st.Ctim.Sec}
	nsec := [3]int64{st.Atim.Nsec, st.Mtim.Nsec, st.Ctim.Nsec}
	v := make([]*object.Object, 19)
	v[0] = newUint(t, uint64(st.Mode))
	v[1] = newUint(t, uint64(st.Ino))
	v[2] = newUint(t, uint64(st.Dev))
	v[3] = newUint(t, uint64(st.Nlink))
	v[4] = newUint(t, uint64(st.Uid))
	v[5] = newUint(t, uint64(st.Gid))
	v[6] = object.NewInt(t, st.Size)
	for i := 0; i < 3; i++ {
		v[7+i] = object.NewInt(t, sec[i])
		v[10+i] = object.NewFloat(t, float64(sec[i])+float64(nsec[i])*1e-9)
		v[13+i] = nanoseconds(t, sec[i], nsec[i])
	}
	v[16] = object.NewInt(t, int64(st.Blksize))
	v[17] = object.NewInt(t, st.Blocks)
	v[18] = newUint(t, uint64(st.Rdev))
	return object.NewStructSeq(t, statResultType, v)
}

// nanoseconds returns sec*1e9+nsec, exactly.
func nanoseconds(t *object.Thread, sec, nsec int64) *object.Object {
	const limit = math.MaxInt64/1_000_000_000 - 1
	if sec > -limit && sec < limit {
		return object.NewInt(t, sec*1e9+nsec)
	}
	n := new(big.Int).Mul(big.NewInt(sec), big.NewInt(1e9))
	return object.NewIntBig(t, n.Add(n, big.NewInt(nsec)))
}

// statPath runs stat, lstat or fstatat on p.
func statPath(t *object.Thread, p Path, dirfd int, follow bool) (*object.Object, error) {
	var st unix.Stat_t
	t.Detach()
	var err error
	if p.IsFD {
		err = retry(func() error { return unix.Fstat(p.FD, &st) })
	} else {
		flags := 0
		if !follow {
			flags = unix.AT_SYMLINK_NOFOLLOW
		}
		err = retry(func() error { return unix.Fstatat(dirfd, p.P, &st, flags) })
	}
	t.Attach()
	if err != nil {
		return nil, Error(t, err, p)
	}
	return newStatResult(t, &st), nil
}

var statFuncs = []object.MethodDef{
	fn("stat", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, dfo, fso *object.Object
		if err := parse(t, "stat", a, kw, []string{"path", "$dir_fd", "$follow_symlinks"}, 1, &po, &dfo, &fso); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "stat", "path", po, pathOrFD)
		if err != nil {
			return nil, err
		}
		dirfd, err := dirFD(t, dfo)
		if err != nil {
			return nil, err
		}
		follow, err := boolOr(t, fso, true)
		if err != nil {
			return nil, err
		}
		if err := checkFDRules(t, "stat", p, dirfd, follow); err != nil {
			return nil, err
		}
		return statPath(t, p, dirfd, follow)
	}),
	fn("lstat", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var po, dfo *object.Object
		if err := parse(t, "lstat", a, kw, []string{"path", "$dir_fd"}, 1, &po, &dfo); err != nil {
			return nil, err
		}
		p, err := pathArg(t, "lstat", "path", po, pathOnly)
		if err != nil {
			return nil, err
		}
		dirfd, err := dirFD(t, dfo)
		if err != nil {
			return nil, err
		}
		return statPath(t, p, dirfd, false)
	}),
	fn("fstat", func(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
		var fo *object.Object
		if err := parse(t, "fstat", a, kw, []string{"fd"}, 1, &fo); err != nil {
			return nil, err
		}
		fd, err := cInt(t, fo)
		if err != nil {
			return nil, err
		}
		var st unix.Stat_t
		t.Detach()
		err = retry(func() error { return unix.Fstat(fd, &st) })
		t.Attach()
		if err != nil {
			return nil, Error(t, err)
		}
		return newStatResult(t, &st), nil
	}),
}
