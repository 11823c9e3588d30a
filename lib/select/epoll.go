package selectmod

import (
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"sync/atomic"
	"time"

	"github.com/ftpy/ftpy/object"
	"golang.org/x/sys/unix"
)

// Epoll is select.epoll, an epoll descriptor; fd is -1 once closed.
type Epoll struct {
	object.Object
	fd atomic.Int64
}

var epollType = object.NewStaticType(&object.Type{Name: "epoll", Module: "select", Flags: object.FlagBaseType})

func asEpoll(o *object.Object) *Epoll { return object.Cast[Epoll](o) }

func wrapEpoll(t *object.Thread, typ *object.Type, fd int) *object.Object {
	e := &Epoll{}
	e.fd.Store(int64(fd))
	t.Init(&e.Object, typ)
	return &e.Object
}

func epollNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var sizeArg, flagsArg *object.Object
	if err := object.ParseArgs(t, "epoll", args, kw, []string{"sizehint", "flags"}, 0, &sizeArg, &flagsArg); err != nil {
		return nil, err
	}
	if sizeArg != nil {
		n, err := intarg.CInt(t, sizeArg)
		if err != nil {
			return nil, err
		}
		if n != -1 && n <= 0 {
			return nil, t.Errorf(object.ValueErrorType, "negative sizehint")
		}
	}
	if flagsArg != nil {
		f, err := intarg.CInt(t, flagsArg)
		if err != nil {
			return nil, err
		}
		if f != 0 && f != unix.EPOLL_CLOEXEC {
			return nil, t.Errorf(object.OSErrorType, "invalid flags")
		}
	}
	fd, err := unix.EpollCreate1(unix.EPOLL_CLOEXEC)
	if err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	return wrapEpoll(t, typ, fd), nil
}

// open returns the epoll descriptor, or the error for a closed object.
func (e *Epoll) open(t *object.Thread) (int, error) {
	fd := int(e.fd.Load())
	if fd < 0 {
		return 0, t.Errorf(object.ValueErrorType, "I/O operation on closed epoll object")
	}
	return fd, nil
}

func epollClose(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "close", args, kw, 0, 0); err != nil {
		return nil, err
	}
	// As CPython's, a failed close(2) raises nothing: the descriptor is
	// gone either way.
	if fd := asEpoll(self).fd.Swap(-1); fd >= 0 {
		unix.Close(int(fd))
	}
	return object.None, nil
}

func epollFileno(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "fileno", args, kw, 0, 0); err != nil {
		return nil, err
	}
	fd, err := asEpoll(self).open(t)
	if err != nil {
		return nil, err
	}
	return object.NewInt(t, int64(fd)), nil
}

func epollFromfd(t *object.Thread, cls *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "fromfd", args, kw, 1, 1); err != nil {
		return nil, err
	}
	fd, err := intarg.CInt(t, args[0])
	if err != nil {
		return nil, err
	}
	return wrapEpoll(t, object.Cast[object.Type](cls), fd), nil
}

// epollCtl is register (op EPOLL_CTL_ADD) and modify (EPOLL_CTL_MOD).
func epollCtl(name string, op int) object.CFunc {
	return func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var fdArg, maskArg *object.Object
		required := 1
		if op == unix.EPOLL_CTL_MOD {
			required = 2
		}
		if err := object.ParseArgs(t, name, args, kw, []string{"fd", "eventmask"}, required, &fdArg, &maskArg); err != nil {
			return nil, err
		}
		epfd, err := asEpoll(self).open(t)
		if err != nil {
			return nil, err
		}
		fd, err := fileDescriptor(t, fdArg)
		if err != nil {
			return nil, err
		}
		events := uint32(unix.EPOLLIN | unix.EPOLLPRI | unix.EPOLLOUT)
		if maskArg != nil {
			v, err := object.AsInt64(t, maskArg)
			if err != nil {
				return nil, err
			}
			if v < 0 || v > 0xffffffff {
				return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C unsigned long")
			}
			events = uint32(v)
		}
		ev := unix.EpollEvent{Events: events, Fd: int32(fd)}
		if err := unix.EpollCtl(epfd, op, fd, &ev); err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		return object.None, nil
	}
}

func epollUnregister(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var fdArg *object.Object
	if err := object.ParseArgs(t, "unregister", args, kw, []string{"fd"}, 1, &fdArg); err != nil {
		return nil, err
	}
	epfd, err := asEpoll(self).open(t)
	if err != nil {
		return nil, err
	}
	fd, err := fileDescriptor(t, fdArg)
	if err != nil {
		return nil, err
	}
	if err := unix.EpollCtl(epfd, unix.EPOLL_CTL_DEL, fd, &unix.EpollEvent{}); err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	return object.None, nil
}

// epollPoll waits for the epoll descriptor to be readable (the kernel
// says so when an event is ready) with waitPoll, which an interrupt
// ends, then takes the events without blocking.
func epollPoll(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var timeoutObj, maxArg *object.Object
	if err := object.ParseArgs(t, "poll", args, kw, []string{"timeout", "maxevents"}, 0, &timeoutObj, &maxArg); err != nil {
		return nil, err
	}
	epfd, err := asEpoll(self).open(t)
	if err != nil {
		return nil, err
	}
	timeout, err := timeoutArg(t, timeoutObj, time.Second, "timeout must be an integer or None")
	if err != nil {
		return nil, err
	}
	if timeout < 0 {
		timeout = -1
	}
	maxevents := -1
	if maxArg != nil {
		if maxevents, err = intarg.CInt(t, maxArg); err != nil {
			return nil, err
		}
	}
	if maxevents == -1 {
		maxevents = 1023 // FD_SETSIZE-1, as CPython
	} else if maxevents < 1 {
		return nil, t.Errorf(object.ValueErrorType, "maxevents must be greater than 0, got %d", maxevents)
	}
	events := make([]unix.EpollEvent, maxevents)
	var deadline time.Time
	if timeout > 0 {
		deadline = time.Now().Add(timeout)
	}
	var n int
	for {
		n, err = unix.EpollWait(epfd, events, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, object.OSErrorFromGo(t, err)
		}
		left := remaining(timeout, deadline)
		if n > 0 || left == 0 {
			break
		}
		ready, err := waitPoll(t, []unix.PollFd{{Fd: int32(epfd), Events: unix.POLLIN}}, left)
		if err != nil {
			return nil, err
		}
		if ready == 0 {
			break // timed out
		}
	}
	res := make([]*object.Object, n)
	for i, ev := range events[:n] {
		res[i] = object.NewTuple(t, []*object.Object{object.NewInt(t, int64(ev.Fd)), object.NewInt(t, int64(ev.Events))}).Obj()
	}
	return object.NewList(t, res).Obj(), nil
}

func epollEnter(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if _, err := asEpoll(self).open(t); err != nil {
		return nil, err
	}
	return t.NewRef(self), nil
}

func epollExit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	return epollClose(t, self, nil, nil)
}

func init() {
	epollType.New = epollNew
	epollType.Dealloc = func(t *object.Thread, o *object.Object) {
		if fd := asEpoll(o).fd.Swap(-1); fd >= 0 {
			unix.Close(int(fd))
		}
	}
	object.ReadyType(epollType, []object.MethodDef{
		{Name: "close", Fn: epollClose},
		{Name: "fileno", Fn: epollFileno},
		{Name: "fromfd", Fn: epollFromfd, Kind: object.ClassMethod},
		{Name: "register", Fn: epollCtl("register", unix.EPOLL_CTL_ADD)},
		{Name: "modify", Fn: epollCtl("modify", unix.EPOLL_CTL_MOD)},
		{Name: "unregister", Fn: epollUnregister},
		{Name: "poll", Fn: epollPoll},
		{Name: "__enter__", Fn: epollEnter},
		{Name: "__exit__", Fn: epollExit},
	}, []object.GetSetDef{
		{Name: "closed", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewBool(asEpoll(o).fd.Load() < 0), nil
		}},
	})
}
