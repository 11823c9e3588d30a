package selectmod

import (
	"sync"
	"sync/atomic"

	"github.com/ftpy/ftpy/object"
	"golang.org/x/sys/unix"
)

// Poll is select.poll: the descriptors registered, in the order they
// were first registered, with the events each waits for.
type Poll struct {
	object.Object
	mu      sync.Mutex
	fds     []unix.PollFd
	polling atomic.Bool // a poll() runs: another is refused, as in CPython
}

var pollType = object.NewStaticType(&object.Type{Name: "poll", Module: "select"})

func asPoll(o *object.Object) *Poll { return object.Cast[Poll](o) }

func newPoll(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "poll", args, kw, 0, 0); err != nil {
		return nil, err
	}
	p := &Poll{}
	t.Init(&p.Object, pollType)
	return &p.Object, nil
}

// eventMask converts an event mask argument (a C unsigned short).
func eventMask(t *object.Thread, o *object.Object) (int16, error) {
	v, err := object.AsInt64(t, o)
	if err != nil && !object.ErrorMatches(err, object.OverflowErrorType) {
		return 0, err
	}
	if err != nil || v > 0xffff {
		if err != nil {
			t.DropError(err)
		}
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large for C unsigned short")
	}
	if v < 0 {
		return 0, t.Errorf(object.ValueErrorType, "value must be positive")
	}
	return int16(uint16(v)), nil
}

// register and modify: modify wants fd registered already.
func pollSet(name string, mustExist bool) object.CFunc {
	return func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "poll."+name, kw); err != nil {
			return nil, err
		}
		min := 1
		if mustExist {
			min = 2
		}
		if err := object.CheckArgCount(t, name, args, nil, min, 2); err != nil {
			return nil, err
		}
		fd, err := fileDescriptor(t, args[0])
		if err != nil {
			return nil, err
		}
		events := int16(unix.POLLIN | unix.POLLPRI | unix.POLLOUT)
		if len(args) == 2 {
			if events, err = eventMask(t, args[1]); err != nil {
				return nil, err
			}
		}
		p := asPoll(self)
		p.mu.Lock()
		defer p.mu.Unlock()
		for i := range p.fds {
			if int(p.fds[i].Fd) == fd {
				p.fds[i].Events = events
				return object.None, nil
			}
		}
		if mustExist {
			return nil, object.NewOSError(t, int(unix.ENOENT), "No such file or directory")
		}
		p.fds = append(p.fds, unix.PollFd{Fd: int32(fd), Events: events})
		return object.None, nil
	}
}

func pollUnregister(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "unregister", args, kw, 1, 1); err != nil {
		return nil, err
	}
	fd, err := fileDescriptor(t, args[0])
	if err != nil {
		return nil, err
	}
	p := asPoll(self)
	p.mu.Lock()
	defer p.mu.Unlock()
	for i := range p.fds {
		if int(p.fds[i].Fd) == fd {
			p.fds = append(p.fds[:i], p.fds[i+1:]...)
			return object.None, nil
		}
	}
	key := object.NewInt(t, int64(fd))
	return nil, t.NewException(object.KeyErrorType, key)
}

func pollPoll(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "poll.poll", kw); err != nil {
		return nil, err
	}
	if err := object.CheckArgCount(t, "poll", args, nil, 0, 1); err != nil {
		return nil, err
	}
	var timeoutObj *object.Object
	if len(args) == 1 {
		timeoutObj = args[0]
	}
	timeout, err := timeoutArg(t, timeoutObj, 1e6, "timeout must be an integer or None")
	if err != nil {
		return nil, err
	}
	if timeout < 0 {
		timeout = -1
	}
	p := asPoll(self)
	if !p.polling.CompareAndSwap(false, true) {
		return nil, t.Errorf(object.RuntimeErrorType, "concurrent poll() invocation")
	}
	defer p.polling.Store(false)
	p.mu.Lock()
	fds := append([]unix.PollFd(nil), p.fds...)
	p.mu.Unlock()
	if _, err := waitPoll(t, fds, timeout); err != nil {
		return nil, err
	}
	var res []*object.Object
	for _, f := range fds {
		if f.Revents != 0 {
			pair := []*object.Object{object.NewInt(t, int64(f.Fd)), object.NewInt(t, int64(uint16(f.Revents)))}
			res = append(res, object.NewTuple(t, pair).Obj())
		}
	}
	return object.NewList(t, res).Obj(), nil
}

func init() {
	object.ReadyType(pollType, []object.MethodDef{
		{Name: "register", Fn: pollSet("register", false)},
		{Name: "modify", Fn: pollSet("modify", true)},
		{Name: "unregister", Fn: pollUnregister},
		{Name: "poll", Fn: pollPoll},
	}, nil)
}
