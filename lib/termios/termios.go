// Package termios implements CPython's termios module (Modules/termios.c)
// for Linux: tcgetattr, tcsetattr, tcsendbreak, tcdrain, tcflush, tcflow,
// tcgetwinsize, tcsetwinsize, termios.error and the constants, on the
// kernel's terminal ioctls (ftpy has no cgo, so glibc's wrappers are
// redone here: the speeds live in c_cflag, and the control characters
// past the kernel's 19 read as zero, as glibc's 32-entry c_cc has them).
package termios

import (
	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/lib/posix"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("termios", newModule) }

// nccs is glibc's NCCS, the length of the cc list.
const nccs = 32

var termiosError = errclass.New("termios.error")

// sysError is termios.error(errno, strerror).
func sysError(t *object.Thread, err error) error {
	if _, e := termiosError.Get(t); e != nil {
		return e
	}
	code, ok := err.(unix.Errno)
	if !ok {
		code = unix.EIO
	}
	return t.NewException(termiosError.Type(), object.NewInt(t, int64(code)), object.NewStr(t, posix.Strerror(int(code))))
}

// ioctlInt runs an ioctl with an int argument, retrying on EINTR.
func ioctlInt(t *object.Thread, fd int, req uint, arg int) error {
	t.Detach()
	defer t.Attach()
	for {
		err := unix.IoctlSetInt(fd, req, arg)
		if err != unix.EINTR {
			return err
		}
	}
}

func getTermios(t *object.Thread, fd int) (*unix.Termios, error) {
	t.Detach()
	tio, err := unix.IoctlGetTermios(fd, unix.TCGETS)
	t.Attach()
	if err != nil {
		return nil, sysError(t, err)
	}
	return tio, nil
}

// speedMask covers the speed bits of c_cflag.
const speedMask = unix.CBAUD | unix.CBAUDEX

// validSpeed is glibc's check on cfsetispeed and cfsetospeed.
func validSpeed(s uint32) bool {
	return s&^unix.CBAUD == 0 || (s >= unix.B57600 && s <= unix.B4000000)
}

func tcgetattr(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "termios.tcgetattr", a, kw, 1, 1); err != nil {
		return nil, err
	}
	fd, err := posix.FilenoArg(t, a[0])
	if err != nil {
		return nil, err
	}
	tio, err := getTermios(t, fd)
	if err != nil {
		return nil, err
	}
	speed := int64(tio.Cflag & speedMask)
	cc := make([]*object.Object, nccs)
	for i := range cc {
		var c byte
		if i < len(tio.Cc) {
			c = tio.Cc[i]
		}
		// Outside canonical mode VMIN and VTIME are counts, not
		// characters.
		if tio.Lflag&unix.ICANON == 0 && (i == unix.VMIN || i == unix.VTIME) {
			cc[i] = object.NewInt(t, int64(c))
		} else {
			cc[i] = object.NewBytes(t, []byte{c})
		}
	}
	items := []*object.Object{
		object.NewInt(t, int64(tio.Iflag)), object.NewInt(t, int64(tio.Oflag)),
		object.NewInt(t, int64(tio.Cflag)), object.NewInt(t, int64(tio.Lflag)),
		object.NewInt(t, speed), object.NewInt(t, speed), object.NewList(t, cc).Obj(),
	}
	return object.NewList(t, items).Obj(), nil
}

// flagArg converts one of tcsetattr's integers as C's long to tcflag_t.
func flagArg(t *object.Thread, o *object.Object) (uint32, error) {
	v, err := object.AsInt64(t, o)
	return uint32(v), err
}

func tcsetattr(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "tcsetattr", a, kw, 3, 3); err != nil {
		return nil, err
	}
	fd, err := posix.FilenoArg(t, a[0])
	if err != nil {
		return nil, err
	}
	when, err := object.AsInt64(t, a[1])
	if err != nil {
		return nil, err
	}
	if !object.IsList(a[2]) {
		return nil, t.Errorf(object.TypeErrorType, "tcsetattr, arg 3: must be 7 element list")
	}
	attrs := object.AsList(a[2]).Snapshot(t)
	defer decrefAll(t, attrs)
	if len(attrs) != 7 {
		return nil, t.Errorf(object.TypeErrorType, "tcsetattr, arg 3: must be 7 element list")
	}
	tio, err := getTermios(t, fd)
	if err != nil {
		return nil, err
	}
	var v [6]uint32
	for i := range v {
		if v[i], err = flagArg(t, attrs[i]); err != nil {
			return nil, err
		}
	}
	if !object.IsList(attrs[6]) {
		return nil, t.Errorf(object.TypeErrorType, "tcsetattr: attributes[6] must be %d element list", nccs)
	}
	cc := object.AsList(attrs[6]).Snapshot(t)
	defer decrefAll(t, cc)
	if len(cc) != nccs {
		return nil, t.Errorf(object.TypeErrorType, "tcsetattr: attributes[6] must be %d element list", nccs)
	}
	for i, c := range cc {
		var b byte
		switch {
		case object.IsBytes(c) && len(object.BytesValue(c)) == 1:
			b = object.BytesValue(c)[0]
		case object.IsInt(c):
			n, err := object.AsInt64(t, c)
			if err != nil {
				return nil, err
			}
			b = byte(n)
		default:
			return nil, t.Errorf(object.TypeErrorType, "tcsetattr: elements of attributes must be characters or integers")
		}
		if i < len(tio.Cc) {
			tio.Cc[i] = b
		}
	}
	tio.Iflag, tio.Oflag, tio.Cflag, tio.Lflag = v[0], v[1], v[2], v[3]
	ispeed, ospeed := v[4], v[5]
	if !validSpeed(ispeed) || !validSpeed(ospeed) {
		return nil, sysError(t, unix.EINVAL)
	}
	// As glibc's cfsetispeed and cfsetospeed: an input speed of 0 means
	// "as the output speed".
	tio.Cflag = tio.Cflag&^speedMask | ospeed
	if ispeed != 0 {
		tio.Cflag = tio.Cflag&^speedMask | ispeed
	}
	var req uint
	switch when {
	case 0: // TCSANOW
		req = unix.TCSETS
	case 1: // TCSADRAIN
		req = unix.TCSETSW
	case unix.TCSAFLUSH:
		req = unix.TCSETSF
	default:
		return nil, sysError(t, unix.EINVAL)
	}
	t.Detach()
	err = unix.IoctlSetTermios(fd, req, tio)
	t.Attach()
	if err != nil {
		return nil, sysError(t, err)
	}
	return object.None, nil
}

func decrefAll(t *object.Thread, items []*object.Object) {
	for _, o := range items {
		t.Decref(o)
	}
}

// fdAndInt is a (fd, int) function: tcsendbreak, tcflush, tcflow.
func fdAndInt(name string, run func(t *object.Thread, fd int, n int64) error) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, a, kw, 2, 2); err != nil {
			return nil, err
		}
		fd, err := posix.FilenoArg(t, a[0])
		if err != nil {
			return nil, err
		}
		n, err := object.AsInt64(t, a[1])
		if err != nil {
			return nil, err
		}
		if err := run(t, fd, n); err != nil {
			return nil, sysError(t, err)
		}
		return object.None, nil
	}}
}

func getWinsize(t *object.Thread, fd int) (*unix.Winsize, error) {
	t.Detach()
	ws, err := unix.IoctlGetWinsize(fd, unix.TIOCGWINSZ)
	t.Attach()
	if err != nil {
		return nil, sysError(t, err)
	}
	return ws, nil
}

func tcsetwinsize(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "tcsetwinsize", a, kw, 2, 2); err != nil {
		return nil, err
	}
	fd, err := posix.FilenoArg(t, a[0])
	if err != nil {
		return nil, err
	}
	seq := a[1]
	n := -1
	if object.IsList(seq) || object.IsTuple(seq) || (seq.Type().GetItem != nil && seq.Type().Len != nil && !object.IsDict(seq)) {
		if n, err = object.Len(t, seq); err != nil {
			return nil, err
		}
	}
	if n != 2 {
		return nil, t.Errorf(object.TypeErrorType, "tcsetwinsize, arg 2: must be a two-item sequence")
	}
	ws, err := getWinsize(t, fd)
	if err != nil {
		return nil, err
	}
	var v [2]int64
	for i := range v {
		key := object.NewInt(t, int64(i))
		item, err := object.GetItem(t, seq, key)
		t.Decref(key)
		if err != nil {
			return nil, err
		}
		idx, err := object.Index(t, item)
		t.Decref(item)
		if err != nil {
			return nil, err
		}
		v[i], err = object.AsInt64(t, idx)
		t.Decref(idx)
		if err != nil {
			return nil, err
		}
		if v[i] < 0 || v[i] > 0xFFFF {
			return nil, t.Errorf(object.OverflowErrorType, "winsize value(s) out of range.")
		}
	}
	ws.Row, ws.Col = uint16(v[0]), uint16(v[1])
	t.Detach()
	err = unix.IoctlSetWinsize(fd, unix.TIOCSWINSZ, ws)
	t.Attach()
	if err != nil {
		return nil, sysError(t, err)
	}
	return object.None, nil
}

var funcs = []object.MethodDef{
	{Name: "tcgetattr", Fn: tcgetattr, Doc: "Get the tty attributes for file descriptor fd.\n\nThe list returned is [iflag, oflag, cflag, lflag, ispeed, ospeed, cc]:\nthe flags and speeds as ints, cc the control characters, each a bytes of\nlength 1 (VMIN and VTIME are ints outside canonical mode)."},
	{Name: "tcsetattr", Fn: tcsetattr, Doc: "Set the tty attributes for file descriptor fd.\n\nattributes is a list like tcgetattr's; when is TCSANOW, TCSADRAIN or\nTCSAFLUSH."},
	fdAndInt("tcsendbreak", func(t *object.Thread, fd int, d int64) error {
		// glibc: a duration of 0 or less sends the standard break;
		// otherwise the count is in units of 100 ms (TCSBRKP).
		if d <= 0 {
			return ioctlInt(t, fd, unix.TCSBRK, 0)
		}
		return ioctlInt(t, fd, unix.TCSBRKP, int((d+99)/100))
	}),
	{Name: "tcdrain", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "termios.tcdrain", a, kw, 1, 1); err != nil {
			return nil, err
		}
		fd, err := posix.FilenoArg(t, a[0])
		if err != nil {
			return nil, err
		}
		if err := ioctlInt(t, fd, unix.TCSBRK, 1); err != nil {
			return nil, sysError(t, err)
		}
		return object.None, nil
	}},
	fdAndInt("tcflush", func(t *object.Thread, fd int, q int64) error { return ioctlInt(t, fd, unix.TCFLSH, int(q)) }),
	fdAndInt("tcflow", func(t *object.Thread, fd int, a int64) error { return ioctlInt(t, fd, unix.TCXONC, int(a)) }),
	{Name: "tcgetwinsize", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "termios.tcgetwinsize", a, kw, 1, 1); err != nil {
			return nil, err
		}
		fd, err := posix.FilenoArg(t, a[0])
		if err != nil {
			return nil, err
		}
		ws, err := getWinsize(t, fd)
		if err != nil {
			return nil, err
		}
		return object.NewTuple(t, []*object.Object{object.NewInt(t, int64(ws.Row)), object.NewInt(t, int64(ws.Col))}).Obj(), nil
	}},
	{Name: "tcsetwinsize", Fn: tcsetwinsize},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("termios")
	d := m.Dict
	for _, c := range constants {
		v := object.NewInt(t, c.value)
		d.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	for i := range funcs {
		d.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	errType, err := termiosError.Get(t)
	if err != nil {
		return nil, err
	}
	d.SetStr(t, object.Intern("error"), errType)
	object.ClaimModuleFunctions(d, "termios")
	return m.Obj(), nil
}
