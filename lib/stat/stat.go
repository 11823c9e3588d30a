// Package stat implements CPython's _stat module (Modules/_stat.c): the
// file-mode constants and tests (S_IS*, S_IMODE, S_IFMT, filemode) that
// the Lib's stat.py re-exports, with Linux's values, and the BSD file
// flags (UF_*, SF_*) that CPython defines on every system.
package stat

import (
	"math/big"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_stat", newModule) }

// The file-type bits of st_mode.
const (
	sIFMT   = 0o170000
	sIFSOCK = 0o140000
	sIFLNK  = 0o120000
	sIFREG  = 0o100000
	sIFBLK  = 0o060000
	sIFDIR  = 0o040000
	sIFCHR  = 0o020000
	sIFIFO  = 0o010000
)

var constants = []struct {
	name  string
	value int64
}{
	{"S_IFSOCK", sIFSOCK}, {"S_IFLNK", sIFLNK}, {"S_IFREG", sIFREG}, {"S_IFBLK", sIFBLK},
	{"S_IFDIR", sIFDIR}, {"S_IFCHR", sIFCHR}, {"S_IFIFO", sIFIFO},
	// Solaris doors, event ports and BSD whiteouts: 0 where absent.
	{"S_IFDOOR", 0}, {"S_IFPORT", 0}, {"S_IFWHT", 0},
	{"S_ISUID", 0o4000}, {"S_ISGID", 0o2000}, {"S_ISVTX", 0o1000}, {"S_ENFMT", 0o2000},
	{"S_IREAD", 0o400}, {"S_IWRITE", 0o200}, {"S_IEXEC", 0o100},
	{"S_IRWXU", 0o700}, {"S_IRUSR", 0o400}, {"S_IWUSR", 0o200}, {"S_IXUSR", 0o100},
	{"S_IRWXG", 0o070}, {"S_IRGRP", 0o040}, {"S_IWGRP", 0o020}, {"S_IXGRP", 0o010},
	{"S_IRWXO", 0o007}, {"S_IROTH", 0o004}, {"S_IWOTH", 0o002}, {"S_IXOTH", 0o001},
	{"UF_NODUMP", 0x1}, {"UF_IMMUTABLE", 0x2}, {"UF_APPEND", 0x4}, {"UF_OPAQUE", 0x8},
	{"UF_NOUNLINK", 0x10}, {"UF_COMPRESSED", 0x20}, {"UF_HIDDEN", 0x8000},
	{"SF_ARCHIVED", 0x10000}, {"SF_IMMUTABLE", 0x20000}, {"SF_APPEND", 0x40000},
	{"SF_NOUNLINK", 0x100000}, {"SF_SNAPSHOT", 0x200000},
	// Indexes into a stat result.
	{"ST_MODE", 0}, {"ST_INO", 1}, {"ST_DEV", 2}, {"ST_NLINK", 3}, {"ST_UID", 4},
	{"ST_GID", 5}, {"ST_SIZE", 6}, {"ST_ATIME", 7}, {"ST_MTIME", 8}, {"ST_CTIME", 9},
}

var maxULong = new(big.Int).SetUint64(1<<64 - 1)

// modeArg converts a mode as CPython's mode_t converter does: an int
// (no __index__) that fits an unsigned 32-bit mode_t.
func modeArg(t *object.Thread, o *object.Object) (uint32, error) {
	if !object.IsInt(o) {
		return 0, t.Errorf(object.TypeErrorType, "an integer is required")
	}
	v, ok := object.AsInt(o).Int64()
	if !ok {
		b := object.AsInt(o).Big()
		if b.Sign() < 0 {
			return 0, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
		}
		if b.Cmp(maxULong) > 0 {
			return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C unsigned long")
		}
		return 0, t.Errorf(object.OverflowErrorType, "mode out of range")
	}
	if v < 0 {
		return 0, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if v > 1<<32-1 {
		return 0, t.Errorf(object.OverflowErrorType, "mode out of range")
	}
	return uint32(v), nil
}

// modeFunc makes a function of one mode, positional only.
func modeFunc(name string, f func(t *object.Thread, mode uint32) *object.Object) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_stat."+name, a, kw, 1, 1); err != nil {
			return nil, err
		}
		mode, err := modeArg(t, a[0])
		if err != nil {
			return nil, err
		}
		return f(t, mode), nil
	}}
}

// isType makes an S_IS* test for file type typ; 0 (a type Linux lacks)
// is never true.
func isType(name string, typ uint32) object.MethodDef {
	return modeFunc(name, func(t *object.Thread, mode uint32) *object.Object {
		return object.NewBool(typ != 0 && mode&sIFMT == typ)
	})
}

// typeChar is the first letter filemode shows for the file's type.
func typeChar(mode uint32) byte {
	switch mode & sIFMT {
	case sIFREG:
		return '-'
	case sIFDIR:
		return 'd'
	case sIFLNK:
		return 'l'
	case sIFBLK:
		return 'b'
	case sIFCHR:
		return 'c'
	case sIFIFO:
		return 'p'
	case sIFSOCK:
		return 's'
	}
	return '?'
}

// filemode renders mode as ls -l does: "-rwxr-xr-x".
func filemode(mode uint32) string {
	b := []byte{typeChar(mode)}
	// Each class: read, write, then execute combined with its special
	// bit (setuid, setgid, sticky): lower case when executable too.
	classes := []struct {
		shift   uint
		special uint32
		set     byte
	}{{6, 0o4000, 's'}, {3, 0o2000, 's'}, {0, 0o1000, 't'}}
	for _, c := range classes {
		bits := mode >> c.shift
		b = append(b, "-r"[bits>>2&1], "-w"[bits>>1&1])
		x, s := bits&1 != 0, mode&c.special != 0
		switch {
		case s && x:
			b = append(b, c.set)
		case s:
			b = append(b, c.set-'a'+'A')
		case x:
			b = append(b, 'x')
		default:
			b = append(b, '-')
		}
	}
	return string(b)
}

var funcs = []object.MethodDef{
	isType("S_ISDIR", sIFDIR), isType("S_ISCHR", sIFCHR), isType("S_ISBLK", sIFBLK),
	isType("S_ISREG", sIFREG), isType("S_ISFIFO", sIFIFO), isType("S_ISLNK", sIFLNK),
	isType("S_ISSOCK", sIFSOCK), isType("S_ISDOOR", 0), isType("S_ISPORT", 0), isType("S_ISWHT", 0),
	modeFunc("S_IMODE", func(t *object.Thread, mode uint32) *object.Object { return object.NewInt(t, int64(mode&0o7777)) }),
	modeFunc("S_IFMT", func(t *object.Thread, mode uint32) *object.Object { return object.NewInt(t, int64(mode&sIFMT)) }),
	modeFunc("filemode", func(t *object.Thread, mode uint32) *object.Object { return object.NewStr(t, filemode(mode)) }),
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_stat")
	d := m.Dict
	for _, c := range constants {
		v := object.NewInt(t, c.value)
		d.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(d, "_stat")
	return m.Obj(), nil
}
