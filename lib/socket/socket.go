package socket

import (
	"errors"
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"math"
	"sync/atomic"
	"time"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

// Socket is _socket.socket. socket.py's socket class derives from it,
// adding slots (and __weakref__), so its instances keep a dict too.
type Socket struct {
	object.Object
	dict    *object.Dict
	fd      sockFD
	family  atomic.Int32
	stype   atomic.Int32
	proto   atomic.Int32
	timeout atomic.Int64 // nanoseconds; -1: blocking, no limit; 0: non-blocking
}

var socketType = object.NewStaticType(&object.Type{
	Name:         "socket",
	Module:       "_socket",
	Flags:        object.FlagBaseType,
	Doc:          "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.",
	SubclassDict: func(o *object.Object) **object.Dict { return &asSocket(o).dict },
})

func asSocket(o *object.Object) *Socket { return object.Cast[Socket](o) }

// defaultTimeout is setdefaulttimeout's value in nanoseconds (-1: none).
var defaultTimeout atomic.Int64

func init() { defaultTimeout.Store(-1) }

// errTimedOut is a wait's deadline passing: TimeoutError('timed out').
var errTimedOut = errors.New("timed out")

// pyError converts what a socket call failed with to the exception
// CPython raises: an errno becomes its OSError subclass.
func pyError(t *object.Thread, err error) error {
	var errno unix.Errno
	switch {
	case err == errTimedOut:
		return t.Errorf(object.TimeoutErrorType, "timed out")
	case errors.As(err, &errno):
		return object.OSErrorFromGo(t, errno)
	}
	return err
}

func socketNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	s := &Socket{}
	s.fd.init(-1)
	s.family.Store(unix.AF_INET)
	s.stype.Store(unix.SOCK_STREAM)
	s.timeout.Store(-1)
	t.Init(&s.Object, typ)
	return &s.Object, nil
}

// newSocket wraps descriptor fd in a socket of socket.py's base type.
func newSocket(t *object.Thread, fd, family, stype, proto int) (*object.Object, error) {
	o, _ := socketNew(t, socketType, nil, nil)
	if err := asSocket(o).setup(fd, family, stype, proto); err != nil {
		t.Decref(o)
		return nil, object.OSErrorFromGo(t, err)
	}
	return o, nil
}

// setup is CPython's init_sockobject: the type loses its
// SOCK_NONBLOCK and SOCK_CLOEXEC bits, and the socket takes the default
// timeout (becoming non-blocking at the OS level when there is one)
// unless created non-blocking.
func (s *Socket) setup(fd, family, stype, proto int) error {
	s.fd.set(fd)
	s.family.Store(int32(family))
	s.stype.Store(int32(stype &^ (unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC)))
	s.proto.Store(int32(proto))
	if stype&unix.SOCK_NONBLOCK != 0 {
		s.timeout.Store(0)
		return nil
	}
	d := defaultTimeout.Load()
	s.timeout.Store(d)
	if d >= 0 {
		return setBlocking(fd, false)
	}
	return nil
}

func setBlocking(fd int, block bool) error {
	return unix.SetNonblock(fd, !block)
}

// sockInit is socket.__init__(family=-1, type=-1, proto=-1, fileno=None).
func sockInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	var famObj, typeObj, protoObj, filenoObj *object.Object
	if err := object.ParseArgs(t, "socket", args, kw, []string{"family", "type", "proto", "fileno"}, 0,
		&famObj, &typeObj, &protoObj, &filenoObj); err != nil {
		return err
	}
	vals := []int{-1, -1, -1}
	for i, o := range []*object.Object{famObj, typeObj, protoObj} {
		if o == nil {
			continue
		}
		v, err := intarg.CInt(t, o)
		if err != nil {
			return err
		}
		vals[i] = v
	}
	family, stype, proto := vals[0], vals[1], vals[2]
	var fd int
	if filenoObj != nil && filenoObj != object.None {
		if object.IsFloat(filenoObj) {
			return t.Errorf(object.TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		v, err := object.AsInt64(t, filenoObj)
		if err != nil {
			return err
		}
		if v < 0 {
			return t.Errorf(object.ValueErrorType, "negative file descriptor")
		}
		if v > math.MaxInt32 {
			return t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
		}
		fd = int(v)
		// What the descriptor is, asked of the kernel where not given.
		if family == -1 {
			sa, err := rawName(unix.SYS_GETSOCKNAME, fd)
			if err != nil {
				return object.OSErrorFromGo(t, err)
			}
			family = int(sa[0]) | int(sa[1])<<8
		}
		if stype == -1 {
			v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_TYPE)
			if err != nil {
				return object.OSErrorFromGo(t, err)
			}
			stype = v
		}
		if proto == -1 {
			v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, unix.SO_PROTOCOL)
			if err != nil {
				return object.OSErrorFromGo(t, err)
			}
			proto = v
		}
	} else {
		if family == -1 {
			family = unix.AF_INET
		}
		if stype == -1 {
			stype = unix.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		var err error
		fd, err = unix.Socket(family, stype|unix.SOCK_CLOEXEC, proto)
		if err != nil {
			return object.OSErrorFromGo(t, err)
		}
	}
	if err := asSocket(self).setup(fd, family, stype, proto); err != nil {
		return object.OSErrorFromGo(t, err)
	}
	return nil
}

func sockRepr(t *object.Thread, o *object.Object) (*object.Object, error) {
	s := asSocket(o)
	return object.NewStr(t, "<socket object, fd="+itoa(s.fd.load())+", family="+itoa(int(s.family.Load()))+
		", type="+itoa(int(s.stype.Load()))+", proto="+itoa(int(s.proto.Load()))+">"), nil
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// sockFinalize is tp_finalize: an open socket is closed. CPython warns
// with ResourceWarning first, which is ignored by default.
func sockFinalize(t *object.Thread, o *object.Object) {
	asSocket(o).fd.take(true)
}

// sockDel is __del__, the finalizer called by name: it closes.
func sockDel(t *object.Thread, s *Socket, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "socket.__del__", a, kw); err != nil {
		return nil, err
	}
	s.fd.take(true)
	return object.None, nil
}

func sockDealloc(t *object.Thread, o *object.Object) {
	asSocket(o).fd.take(true)
}

// timeoutArg parses a timeout: None is -1 (none); a number of seconds,
// rounded up to the nanosecond, must not be negative.
func timeoutArg(t *object.Thread, o *object.Object) (int64, error) {
	if o == object.None {
		return -1, nil
	}
	var ns float64
	switch {
	case object.IsFloat(o):
		v := object.FloatValue(o)
		if math.IsNaN(v) {
			return 0, t.Errorf(object.ValueErrorType, "Invalid value NaN (not a number)")
		}
		ns = math.Ceil(v * 1e9)
		if math.Abs(v) > 1e18 {
			return 0, t.Errorf(object.OverflowErrorType, "timestamp out of range for platform time_t")
		}
	default:
		v, err := object.AsInt64(t, o)
		if err != nil {
			if object.ErrorMatches(err, object.OverflowErrorType) {
				t.DropError(err)
				return 0, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
			}
			return 0, err
		}
		ns = float64(v) * 1e9
	}
	if ns >= math.MaxInt64 || ns <= math.MinInt64 {
		return 0, t.Errorf(object.OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
	}
	if ns < 0 {
		return 0, t.Errorf(object.ValueErrorType, "Timeout value out of range")
	}
	return int64(ns), nil
}

func timeoutObject(t *object.Thread, ns int64) *object.Object {
	if ns < 0 {
		return object.None
	}
	return object.NewFloat(t, float64(ns)/1e9)
}

// call runs op on the descriptor as CPython's sock_call does. op must
// not block (recv and send get MSG_DONTWAIT; a socket with a timeout is
// non-blocking at the OS level); a blocking socket waits, detached and
// interruptibly, for the descriptor to be ready and tries again. With
// waitFirst (accept, whose descriptor may block) the wait comes first.
// The deadline of a timeout covers the whole call.
func (s *Socket) call(t *object.Thread, write, waitFirst bool, op func(fd int) error) error {
	fd, closing, ok := s.fd.acquire()
	if !ok {
		return unix.EBADF
	}
	defer s.fd.release()
	return s.callFD(t, fd, closing, write, waitFirst, deadlineOf(s.timeout.Load()), op)
}

func deadlineOf(timeout int64) time.Time {
	if timeout <= 0 {
		return time.Time{}
	}
	return time.Now().Add(time.Duration(timeout))
}

func (s *Socket) callFD(t *object.Thread, fd int, closing <-chan struct{}, write, waitFirst bool, deadline time.Time, op func(fd int) error) error {
	nonblocking := s.timeout.Load() == 0
	for {
		if waitFirst && !nonblocking {
			timedOut, err := waitReady(t, fd, closing, write, deadline)
			if err != nil {
				return err
			}
			if timedOut {
				return errTimedOut
			}
		}
		t.Detach()
		err := op(fd)
		t.Attach()
		switch {
		case err == nil:
			return nil
		case err == unix.EINTR:
			if perr := vm.StateOf(t).PendingInterrupt(); perr != nil {
				return perr
			}
		case nonblocking || err != unix.EAGAIN:
			return err
		default:
			waitFirst = true
		}
	}
}
