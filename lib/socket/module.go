package socket

import (
	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
	"golang.org/x/sys/unix"
)

func init() {
	socketType.New = socketNew
	socketType.Init = sockInit
	socketType.Repr = sockRepr
	socketType.Finalize = sockFinalize
	socketType.Dealloc = sockDealloc
	object.ReadyType(socketType, []object.MethodDef{
		def("_accept", sockAccept),
		def("__del__", sockDel),
		def("bind", sockBind),
		def("close", sockClose),
		def("connect", sockConnect),
		def("connect_ex", sockConnectEx),
		def("detach", sockDetach),
		def("fileno", sockFileno),
		def("getpeername", sockName(unix.SYS_GETPEERNAME, "socket.getpeername")),
		def("getsockname", sockName(unix.SYS_GETSOCKNAME, "socket.getsockname")),
		def("getsockopt", sockGetsockopt),
		def("listen", sockListen),
		def("recv", sockRecv),
		def("recv_into", sockRecvInto),
		def("recvfrom", sockRecvfrom),
		def("recvfrom_into", sockRecvfromInto),
		def("send", sockSend),
		def("sendall", sockSendall),
		def("sendto", sockSendto),
		def("setblocking", sockSetblocking),
		def("getblocking", sockGetblocking),
		def("settimeout", sockSettimeout),
		def("gettimeout", sockGettimeout),
		def("setsockopt", sockSetsockopt),
		def("shutdown", sockShutdown),
		def("sendmsg", sockSendmsg),
		def("recvmsg", sockRecvmsg),
		def("recvmsg_into", sockRecvmsgInto),
	}, []object.GetSetDef{
		{Name: "family", Doc: "the socket family", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewInt(t, int64(asSocket(o).family.Load())), nil
		}},
		{Name: "type", Doc: "the socket type", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewInt(t, int64(asSocket(o).stype.Load())), nil
		}},
		{Name: "proto", Doc: "the socket protocol", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewInt(t, int64(asSocket(o).proto.Load())), nil
		}},
		{Name: "timeout", Doc: "the socket timeout", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return timeoutObject(t, asSocket(o).timeout.Load()), nil
		}},
	})
	vm.RegisterModule("_socket", newModule)
}

var funcs = []object.MethodDef{
	{Name: "socketpair", Fn: socketpair},
	{Name: "dup", Fn: dupFD},
	{Name: "close", Fn: closeFD},
	{Name: "getdefaulttimeout", Fn: getdefaulttimeout},
	{Name: "setdefaulttimeout", Fn: setdefaulttimeout},
	{Name: "getaddrinfo", Fn: getaddrinfo},
	{Name: "getnameinfo", Fn: getnameinfo},
	{Name: "gethostname", Fn: gethostname},
	{Name: "sethostname", Fn: sethostname},
	{Name: "gethostbyname", Fn: gethostbyname},
	{Name: "gethostbyname_ex", Fn: gethostbynameEx},
	{Name: "gethostbyaddr", Fn: gethostbyaddr},
	{Name: "getservbyname", Fn: getservbyname},
	{Name: "getservbyport", Fn: getservbyport},
	{Name: "getprotobyname", Fn: getprotobyname},
	{Name: "inet_aton", Fn: inetAton},
	{Name: "inet_ntoa", Fn: inetNtoa},
	{Name: "inet_pton", Fn: inetPton},
	{Name: "inet_ntop", Fn: inetNtop},
	byteSwap16("htons"), byteSwap16("ntohs"),
	byteSwap32("htonl"), byteSwap32("ntohl"),
	{Name: "if_nameindex", Fn: ifNameindex},
	{Name: "if_nametoindex", Fn: ifNametoindex},
	{Name: "if_indextoname", Fn: ifIndextoname},
	{Name: "CMSG_LEN", Fn: cmsgLen},
	{Name: "CMSG_SPACE", Fn: cmsgSpace},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_socket")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "_socket")
	for _, c := range constants {
		v := object.NewInt(t, c.value)
		m.Dict.SetStr(t, object.Intern(c.name), v)
		t.Decref(v)
	}
	m.Dict.SetStr(t, object.Intern("has_ipv6"), object.True)
	m.Dict.SetStr(t, object.Intern("socket"), socketType.Obj())
	m.Dict.SetStr(t, object.Intern("SocketType"), socketType.Obj())
	m.Dict.SetStr(t, object.Intern("error"), object.OSErrorType.Obj())
	m.Dict.SetStr(t, object.Intern("timeout"), object.TimeoutErrorType.Obj())
	for name, c := range map[string]*errclass.Class{"herror": herrorClass, "gaierror": gaierrorClass} {
		typ, err := c.Get(t)
		if err != nil {
			return nil, err
		}
		m.Dict.SetStr(t, object.Intern(name), typ)
	}
	return m.Obj(), nil
}

// socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0).
func socketpair(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "socketpair", a, kw, 0, 3); err != nil {
		return nil, err
	}
	vals := []int{unix.AF_UNIX, unix.SOCK_STREAM, 0}
	for i, o := range a {
		v, err := intarg.CInt(t, o)
		if err != nil {
			return nil, err
		}
		vals[i] = v
	}
	fds, err := unix.Socketpair(vals[0], vals[1]|unix.SOCK_CLOEXEC, vals[2])
	if err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	s0, err := newSocket(t, fds[0], vals[0], vals[1], vals[2])
	if err != nil {
		unix.Close(fds[0])
		unix.Close(fds[1])
		return nil, err
	}
	s1, err := newSocket(t, fds[1], vals[0], vals[1], vals[2])
	if err != nil {
		t.Decref(s0)
		unix.Close(fds[1])
		return nil, err
	}
	return object.NewTuple(t, []*object.Object{s0, s1}).Obj(), nil
}

// dupFD is dup(fd): a non-inheritable duplicate.
func dupFD(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "_socket.dup", a, kw); err != nil {
		return nil, err
	}
	fd, err := intarg.CInt(t, a[0])
	if err != nil {
		return nil, err
	}
	nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
	if err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	return object.NewInt(t, int64(nfd)), nil
}

func closeFD(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "_socket.close", a, kw); err != nil {
		return nil, err
	}
	fd, err := intarg.CInt(t, a[0])
	if err != nil {
		return nil, err
	}
	if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
		return nil, object.OSErrorFromGo(t, err)
	}
	return object.None, nil
}

func getdefaulttimeout(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := noArgs(t, "_socket.getdefaulttimeout", a, kw); err != nil {
		return nil, err
	}
	return timeoutObject(t, defaultTimeout.Load()), nil
}

func setdefaulttimeout(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := oneArg(t, "_socket.setdefaulttimeout", a, kw); err != nil {
		return nil, err
	}
	ns, err := timeoutArg(t, a[0])
	if err != nil {
		return nil, err
	}
	defaultTimeout.Store(ns)
	return object.None, nil
}
