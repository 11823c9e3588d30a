package selectmod

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

func init() { vm.RegisterModule("select", newModule) }

var funcs = []object.MethodDef{
	{Name: "select", Fn: selectFn},
	{Name: "poll", Fn: newPoll},
}

var constants = map[string]int64{
	"POLLIN": unix.POLLIN, "POLLPRI": unix.POLLPRI, "POLLOUT": unix.POLLOUT, "POLLERR": unix.POLLERR,
	"POLLHUP": unix.POLLHUP, "POLLNVAL": unix.POLLNVAL, "POLLRDNORM": 0x40,
	"POLLRDBAND": 0x80, "POLLWRNORM": 0x100, "POLLWRBAND": 0x200,
	"POLLMSG": 0x400, "POLLRDHUP": unix.POLLRDHUP,
	"EPOLLIN": unix.EPOLLIN, "EPOLLOUT": unix.EPOLLOUT, "EPOLLPRI": unix.EPOLLPRI, "EPOLLERR": unix.EPOLLERR,
	"EPOLLHUP": unix.EPOLLHUP, "EPOLLET": unix.EPOLLET, "EPOLLONESHOT": unix.EPOLLONESHOT,
	"EPOLLEXCLUSIVE": unix.EPOLLEXCLUSIVE, "EPOLLRDHUP": unix.EPOLLRDHUP, "EPOLLRDNORM": unix.EPOLLRDNORM,
	"EPOLLRDBAND": unix.EPOLLRDBAND, "EPOLLWRNORM": unix.EPOLLWRNORM, "EPOLLWRBAND": unix.EPOLLWRBAND,
	"EPOLLMSG": unix.EPOLLMSG, "EPOLL_CLOEXEC": unix.EPOLL_CLOEXEC, "PIPE_BUF": 4096,
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("select")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	for name, v := range constants {
		n := object.NewInt(t, v)
		m.Dict.SetStr(t, object.Intern(name), n)
		t.Decref(n)
	}
	m.Dict.SetStr(t, object.Intern("error"), object.OSErrorType.Obj())
	m.Dict.SetStr(t, object.Intern("epoll"), epollType.Obj())
	return m.Obj(), nil
}
