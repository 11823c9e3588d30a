// Package errno implements CPython's errno module (Modules/errnomodule.c):
// Linux's error numbers by name, and errorcode mapping each number back to
// a name.
package errno

import (
	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("errno", newModule) }

// codes lists every name, in order of value; names sharing a value are
// aliases, and errorcode gives the one in errorcodeName.
var codes = []struct {
	name  string
	value unix.Errno
}{
	{"EPERM", unix.EPERM},
	{"ENOENT", unix.ENOENT},
	{"ESRCH", unix.ESRCH},
	{"EINTR", unix.EINTR},
	{"EIO", unix.EIO},
	{"ENXIO", unix.ENXIO},
	{"E2BIG", unix.E2BIG},
	{"ENOEXEC", unix.ENOEXEC},
	{"EBADF", unix.EBADF},
	{"ECHILD", unix.ECHILD},
	{"EAGAIN", unix.EAGAIN},
	{"EWOULDBLOCK", unix.EWOULDBLOCK},
	{"ENOMEM", unix.ENOMEM},
	{"EACCES", unix.EACCES},
	{"EFAULT", unix.EFAULT},
	{"ENOTBLK", unix.ENOTBLK},
	{"EBUSY", unix.EBUSY},
	{"EEXIST", unix.EEXIST},
	{"EXDEV", unix.EXDEV},
	{"ENODEV", unix.ENODEV},
	{"ENOTDIR", unix.ENOTDIR},
	{"EISDIR", unix.EISDIR},
	{"EINVAL", unix.EINVAL},
	{"ENFILE", unix.ENFILE},
	{"EMFILE", unix.EMFILE},
	{"ENOTTY", unix.ENOTTY},
	{"ETXTBSY", unix.ETXTBSY},
	{"EFBIG", unix.EFBIG},
	{"ENOSPC", unix.ENOSPC},
	{"ESPIPE", unix.ESPIPE},
	{"EROFS", unix.EROFS},
	{"EMLINK", unix.EMLINK},
	{"EPIPE", unix.EPIPE},
	{"EDOM", unix.EDOM},
	{"ERANGE", unix.ERANGE},
	{"EDEADLK", unix.EDEADLK},
	{"EDEADLOCK", unix.EDEADLOCK},
	{"ENAMETOOLONG", unix.ENAMETOOLONG},
	{"ENOLCK", unix.ENOLCK},
	{"ENOSYS", unix.ENOSYS},
	{"ENOTEMPTY", unix.ENOTEMPTY},
	{"ELOOP", unix.ELOOP},
	{"ENOMSG", unix.ENOMSG},
	{"EIDRM", unix.EIDRM},
	{"ECHRNG", unix.ECHRNG},
	{"EL2NSYNC", unix.EL2NSYNC},
	{"EL3HLT", unix.EL3HLT},
	{"EL3RST", unix.EL3RST},
	{"ELNRNG", unix.ELNRNG},
	{"EUNATCH", unix.EUNATCH},
	{"ENOCSI", unix.ENOCSI},
	{"EL2HLT", unix.EL2HLT},
	{"EBADE", unix.EBADE},
	{"EBADR", unix.EBADR},
	{"EXFULL", unix.EXFULL},
	{"ENOANO", unix.ENOANO},
	{"EBADRQC", unix.EBADRQC},
	{"EBADSLT", unix.EBADSLT},
	{"EBFONT", unix.EBFONT},
	{"ENOSTR", unix.ENOSTR},
	{"ENODATA", unix.ENODATA},
	{"ETIME", unix.ETIME},
	{"ENOSR", unix.ENOSR},
	{"ENONET", unix.ENONET},
	{"ENOPKG", unix.ENOPKG},
	{"EREMOTE", unix.EREMOTE},
	{"ENOLINK", unix.ENOLINK},
	{"EADV", unix.EADV},
	{"ESRMNT", unix.ESRMNT},
	{"ECOMM", unix.ECOMM},
	{"EPROTO", unix.EPROTO},
	{"EMULTIHOP", unix.EMULTIHOP},
	{"EDOTDOT", unix.EDOTDOT},
	{"EBADMSG", unix.EBADMSG},
	{"EOVERFLOW", unix.EOVERFLOW},
	{"ENOTUNIQ", unix.ENOTUNIQ},
	{"EBADFD", unix.EBADFD},
	{"EREMCHG", unix.EREMCHG},
	{"ELIBACC", unix.ELIBACC},
	{"ELIBBAD", unix.ELIBBAD},
	{"ELIBSCN", unix.ELIBSCN},
	{"ELIBMAX", unix.ELIBMAX},
	{"ELIBEXEC", unix.ELIBEXEC},
	{"EILSEQ", unix.EILSEQ},
	{"ERESTART", unix.ERESTART},
	{"ESTRPIPE", unix.ESTRPIPE},
	{"EUSERS", unix.EUSERS},
	{"ENOTSOCK", unix.ENOTSOCK},
	{"EDESTADDRREQ", unix.EDESTADDRREQ},
	{"EMSGSIZE", unix.EMSGSIZE},
	{"EPROTOTYPE", unix.EPROTOTYPE},
	{"ENOPROTOOPT", unix.ENOPROTOOPT},
	{"EPROTONOSUPPORT", unix.EPROTONOSUPPORT},
	{"ESOCKTNOSUPPORT", unix.ESOCKTNOSUPPORT},
	{"ENOTSUP", unix.ENOTSUP},
	{"EOPNOTSUPP", unix.EOPNOTSUPP},
	{"EPFNOSUPPORT", unix.EPFNOSUPPORT},
	{"EAFNOSUPPORT", unix.EAFNOSUPPORT},
	{"EADDRINUSE", unix.EADDRINUSE},
	{"EADDRNOTAVAIL", unix.EADDRNOTAVAIL},
	{"ENETDOWN", unix.ENETDOWN},
	{"ENETUNREACH", unix.ENETUNREACH},
	{"ENETRESET", unix.ENETRESET},
	{"ECONNABORTED", unix.ECONNABORTED},
	{"ECONNRESET", unix.ECONNRESET},
	{"ENOBUFS", unix.ENOBUFS},
	{"EISCONN", unix.EISCONN},
	{"ENOTCONN", unix.ENOTCONN},
	{"ESHUTDOWN", unix.ESHUTDOWN},
	{"ETOOMANYREFS", unix.ETOOMANYREFS},
	{"ETIMEDOUT", unix.ETIMEDOUT},
	{"ECONNREFUSED", unix.ECONNREFUSED},
	{"EHOSTDOWN", unix.EHOSTDOWN},
	{"EHOSTUNREACH", unix.EHOSTUNREACH},
	{"EALREADY", unix.EALREADY},
	{"EINPROGRESS", unix.EINPROGRESS},
	{"ESTALE", unix.ESTALE},
	{"EUCLEAN", unix.EUCLEAN},
	{"ENOTNAM", unix.ENOTNAM},
	{"ENAVAIL", unix.ENAVAIL},
	{"EISNAM", unix.EISNAM},
	{"EREMOTEIO", unix.EREMOTEIO},
	{"EDQUOT", unix.EDQUOT},
	{"ENOMEDIUM", unix.ENOMEDIUM},
	{"EMEDIUMTYPE", unix.EMEDIUMTYPE},
	{"ECANCELED", unix.ECANCELED},
	{"ENOKEY", unix.ENOKEY},
	{"EKEYEXPIRED", unix.EKEYEXPIRED},
	{"EKEYREVOKED", unix.EKEYREVOKED},
	{"EKEYREJECTED", unix.EKEYREJECTED},
	{"EOWNERDEAD", unix.EOWNERDEAD},
	{"ENOTRECOVERABLE", unix.ENOTRECOVERABLE},
	{"ERFKILL", unix.ERFKILL},
}

// errorcodeName picks, for a value with several names, the one
// errorcode holds (CPython's choice on Linux).
var errorcodeName = map[unix.Errno]string{unix.EAGAIN: "EAGAIN", unix.EDEADLK: "EDEADLOCK", unix.EOPNOTSUPP: "ENOTSUP"}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("errno")
	d := m.Dict
	errorcode := object.NewDict(t)
	for _, c := range codes {
		name := object.Intern(c.name).Obj()
		v := object.NewInt(t, int64(c.value))
		d.SetStr(t, object.Intern(c.name), v)
		if alias, ok := errorcodeName[c.value]; ok {
			name = object.Intern(alias).Obj()
		}
		err := errorcode.SetItem(t, v, name)
		t.Decref(v)
		if err != nil {
			t.Decref(errorcode.Obj())
			t.Decref(m.Obj())
			return nil, err
		}
	}
	d.SetStr(t, object.Intern("errorcode"), errorcode.Obj())
	t.Decref(errorcode.Obj())
	return m.Obj(), nil
}
