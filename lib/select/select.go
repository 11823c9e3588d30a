package selectmod

import (
	"github.com/ftpy/ftpy/object"
	"golang.org/x/sys/unix"
)

// selectEntry is one object of select()'s lists and its descriptor.
type selectEntry struct {
	obj *object.Object // borrowed from the caller's argument
	fd  int
}

// selectFn is select.select(rlist, wlist, xlist, timeout=None), done
// with poll(2), which has no FD_SETSIZE limit.
func selectFn(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.NoKeywords(t, "select", kw); err != nil {
		return nil, err
	}
	if err := object.CheckArgCount(t, "select", args, nil, 3, 4); err != nil {
		return nil, err
	}
	var timeoutObj *object.Object
	if len(args) == 4 {
		timeoutObj = args[3]
	}
	timeout, err := timeoutArg(t, timeoutObj, 1e9, "timeout must be a float or None")
	if err != nil {
		return nil, err
	}
	if timeout < 0 && timeoutObj != nil && timeoutObj != object.None {
		return nil, t.Errorf(object.ValueErrorType, "timeout must be non-negative")
	}
	var lists [3][]selectEntry
	for i := 0; i < 3; i++ {
		var items []*object.Object
		err := object.Iterate(t, args[i], func(item *object.Object) error {
			items = append(items, t.NewRef(item))
			return nil
		})
		defer func() {
			for _, it := range items {
				t.Decref(it)
			}
		}()
		if err != nil {
			if object.ErrorMatches(err, object.TypeErrorType) {
				t.DropError(err)
				return nil, t.Errorf(object.TypeErrorType, "arguments 1-3 must be sequences")
			}
			return nil, err
		}
		for _, it := range items {
			fd, err := fileDescriptor(t, it)
			if err != nil {
				return nil, err
			}
			lists[i] = append(lists[i], selectEntry{it, fd})
		}
	}
	wants := [3]int16{unix.POLLIN, unix.POLLOUT, unix.POLLPRI}
	var fds []unix.PollFd
	index := map[int]int{}
	for i, l := range lists {
		for _, e := range l {
			j, ok := index[e.fd]
			if !ok {
				j = len(fds)
				index[e.fd] = j
				fds = append(fds, unix.PollFd{Fd: int32(e.fd)})
			}
			fds[j].Events |= wants[i]
		}
	}
	if _, err := waitPoll(t, fds, timeout); err != nil {
		return nil, err
	}
	for _, p := range fds {
		if p.Revents&unix.POLLNVAL != 0 {
			return nil, object.NewOSError(t, int(unix.EBADF), "Bad file descriptor")
		}
	}
	// What select(2) reports for each list: a hung-up or failed
	// descriptor reads as ready, and fails as writable.
	ready := [3]int16{unix.POLLIN | unix.POLLHUP | unix.POLLERR, unix.POLLOUT | unix.POLLERR, unix.POLLPRI}
	var out [3]*object.Object
	for i, l := range lists {
		var res []*object.Object
		for _, e := range l {
			if fds[index[e.fd]].Revents&ready[i] != 0 {
				res = append(res, t.NewRef(e.obj))
			}
		}
		out[i] = object.NewList(t, res).Obj()
	}
	return object.NewTuple(t, out[:]).Obj(), nil
}
