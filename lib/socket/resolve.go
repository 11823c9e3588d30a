package socket

import (
	"context"
	"errors"
	"github.com/ftpy/ftpy/lib/internal/intarg"
	"net"
	"net/netip"
	"strconv"
	"strings"

	"github.com/ftpy/ftpy/lib/internal/errclass"
	"github.com/ftpy/ftpy/object"
	"golang.org/x/sys/unix"
)

// This file resolves host names with Go's resolver (which reads
// /etc/hosts and asks the DNS servers of /etc/resolv.conf, as the C
// library does with "hosts: files dns"), and raises the C library's
// errors: gaierror for getaddrinfo's, herror for gethostbyaddr's.

var (
	herrorClass   = errclass.New("socket.herror", object.OSErrorType)
	gaierrorClass = errclass.New("socket.gaierror", object.OSErrorType)
)

// getaddrinfo's error codes (netdb.h) and their gai_strerror texts.
const (
	eaiBadflags   = -1
	eaiNoname     = -2
	eaiAgain      = -3
	eaiFail       = -4
	eaiFamily     = -6
	eaiSocktype   = -7
	eaiService    = -8
	eaiAddrfamily = -9
)

var gaiText = map[int]string{
	eaiBadflags:   "Bad value for ai_flags",
	eaiNoname:     "Name or service not known",
	eaiAgain:      "Temporary failure in name resolution",
	eaiFail:       "Non-recoverable failure in name resolution",
	-5:            "No address associated with hostname",
	eaiFamily:     "ai_family not supported",
	eaiSocktype:   "ai_socktype not supported",
	eaiService:    "Servname not supported for ai_socktype",
	eaiAddrfamily: "Address family for hostname not supported",
	-10:           "Memory allocation failure",
	-11:           "System error",
	-12:           "Argument buffer overflow",
}

// errWithArgs makes an exception of class c from (code, text).
func errWithArgs(t *object.Thread, c *errclass.Class, code int, text string) error {
	typ, err := c.Get(t)
	if err != nil {
		return err
	}
	args := []*object.Object{object.NewInt(t, int64(code)), object.NewStr(t, text)}
	e, err := object.Call(t, typ, args, nil)
	for _, a := range args {
		t.Decref(a)
	}
	if err != nil {
		return err
	}
	return object.Cast[object.Exception](e)
}

func gaiError(t *object.Thread, code int) error {
	text, ok := gaiText[code]
	if !ok {
		text = "Unknown error"
	}
	return errWithArgs(t, gaierrorClass, code, text)
}

// hostError is herror for a host gethostbyaddr does not know.
func hostError(t *object.Thread) error { return errWithArgs(t, herrorClass, 1, "Unknown host") }

// resolveError maps a Go resolver error to getaddrinfo's code.
func resolveCode(err error) int {
	var dns *net.DNSError
	if errors.As(err, &dns) && (dns.IsTimeout || dns.IsTemporary) && !dns.IsNotFound {
		return eaiAgain
	}
	return eaiNoname
}

// numericHost parses a numeric address as getaddrinfo does with
// AI_NUMERICHOST: IPv4 in inet_aton's forms, or IPv6 with an optional
// %scope (an interface name or number).
func numericHost(host string) (ip []byte, family int, scope uint32, ok bool) {
	if b, ok := parseAton(host); ok && !strings.ContainsAny(host, " \t\n") {
		return b, unix.AF_INET, 0, true
	}
	addr, zone, _ := strings.Cut(host, "%")
	if b, ok := parsePton6(addr); ok {
		if zone != "" {
			if n, err := strconv.ParseUint(zone, 10, 32); err == nil {
				scope = uint32(n)
			} else if ifi, err := net.InterfaceByName(zone); err == nil {
				scope = uint32(ifi.Index)
			} else {
				return nil, 0, 0, false
			}
		}
		return b, unix.AF_INET6, scope, true
	}
	return nil, 0, 0, false
}

// resolved is one address of a host.
type resolved struct {
	family int
	ip     []byte
	scope  uint32
}

// lookupHost resolves host for family (AF_UNSPEC for both) as
// getaddrinfo does, returning its addresses or a getaddrinfo code.
func lookupHost(t *object.Thread, host string, family int, numericOnly bool) ([]resolved, int) {
	if ip, f, scope, ok := numericHost(host); ok {
		if family != unix.AF_UNSPEC && family != f {
			return nil, eaiAddrfamily
		}
		return []resolved{{f, ip, scope}}, 0
	}
	if numericOnly || host == "" {
		return nil, eaiNoname
	}
	t.Detach()
	addrs, err := net.DefaultResolver.LookupNetIP(context.Background(), "ip", host)
	t.Attach()
	if err != nil {
		return nil, resolveCode(err)
	}
	var out []resolved
	// IPv6 first, as the C library's default address sorting puts them.
	for _, want := range []int{unix.AF_INET6, unix.AF_INET} {
		for _, a := range addrs {
			a = a.Unmap()
			f := unix.AF_INET
			if a.Is6() {
				f = unix.AF_INET6
			}
			if f != want || family != unix.AF_UNSPEC && family != f {
				continue
			}
			out = append(out, resolved{f, a.AsSlice(), 0})
		}
	}
	if len(out) == 0 {
		return nil, eaiNoname
	}
	return out, 0
}

// setIPAddr resolves the host of a socket address for family (CPython's
// setipaddr): "" is the wildcard address, "<broadcast>" the broadcast
// one; it returns the address and an IPv6 scope.
func setIPAddr(t *object.Thread, host string, family int) ([]byte, uint32, error) {
	switch host {
	case "":
		if family == unix.AF_INET6 {
			return make([]byte, 16), 0, nil
		}
		return make([]byte, 4), 0, nil
	case "<broadcast>", "255.255.255.255":
		if family != unix.AF_INET {
			return nil, 0, t.Errorf(object.OSErrorType, "address family mismatched")
		}
		return []byte{255, 255, 255, 255}, 0, nil
	}
	addrs, code := lookupHost(t, host, family, false)
	if code != 0 {
		return nil, 0, gaiError(t, code)
	}
	return addrs[0].ip, addrs[0].scope, nil
}

// sockaddrOf builds the sockaddr of a resolved address and port.
func sockaddrOf(r resolved, port int) []byte {
	if r.family == unix.AF_INET6 {
		return inet6Sockaddr(r.ip, port, 0, r.scope)
	}
	return inetSockaddr(r.ip, port)
}

// socktypes getaddrinfo returns for each address when not told which.
var defaultTypes = []struct{ typ, proto int }{
	{unix.SOCK_STREAM, unix.IPPROTO_TCP},
	{unix.SOCK_DGRAM, unix.IPPROTO_UDP},
	{unix.SOCK_RAW, 0},
}

func protoName(typ int) string {
	switch typ {
	case unix.SOCK_STREAM:
		return "tcp"
	case unix.SOCK_DGRAM:
		return "udp"
	}
	return ""
}

func getaddrinfo(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var hostObj, portObj, famObj, typeObj, protoObj, flagsObj *object.Object
	if err := object.ParseArgs(t, "getaddrinfo", a, kw, []string{"host", "port", "family", "type", "proto", "flags"}, 2,
		&hostObj, &portObj, &famObj, &typeObj, &protoObj, &flagsObj); err != nil {
		return nil, err
	}
	var host string
	hasHost := hostObj != object.None
	switch {
	case !hasHost:
	case object.IsStr(hostObj):
		h, err := hostArg(t, hostObj)
		if err != nil {
			return nil, err
		}
		host = h
	case object.IsBytes(hostObj):
		host = string(object.BytesValue(hostObj))
	default:
		return nil, t.Errorf(object.TypeErrorType, "getaddrinfo() argument 1 must be string or None")
	}
	var port string
	hasPort := portObj != object.None
	switch {
	case !hasPort:
	case object.IsInt(portObj):
		s, err := object.StrOf(t, portObj)
		if err != nil {
			return nil, err
		}
		port = object.StrValue(s)
		t.Decref(s)
	case object.IsStr(portObj):
		port = object.StrValue(portObj)
	case object.IsBytes(portObj):
		port = string(object.BytesValue(portObj))
	default:
		return nil, t.Errorf(object.OSErrorType, "Int or String expected")
	}
	ints := make([]int, 4)
	for i, o := range []*object.Object{famObj, typeObj, protoObj, flagsObj} {
		if o == nil {
			continue
		}
		v, err := intarg.CInt(t, o)
		if err != nil {
			return nil, err
		}
		ints[i] = v
	}
	family, typ, proto, flags := ints[0], ints[1], ints[2], ints[3]
	const knownFlags = aiPASSIVE | aiCANONNAME | aiNUMERICHOST | aiV4MAPPED |
		aiALL | aiADDRCONFIG | aiNUMERICSERV | 0x0080 | 0x0100 | 0x0200 // the AI_IDN family
	if flags&^knownFlags != 0 {
		return nil, gaiError(t, eaiBadflags)
	}
	if !hasHost && !hasPort {
		return nil, gaiError(t, eaiNoname)
	}
	if family != unix.AF_UNSPEC && family != unix.AF_INET && family != unix.AF_INET6 {
		return nil, gaiError(t, eaiFamily)
	}
	// The socket types and protocols asked for.
	var kinds []struct{ typ, proto int }
	for _, k := range defaultTypes {
		if typ != 0 && typ != k.typ {
			continue
		}
		if proto != 0 && k.proto != 0 && proto != k.proto {
			continue
		}
		p := k.proto
		if proto != 0 {
			p = proto
		}
		if typ == 0 && proto != 0 && k.typ == unix.SOCK_RAW {
			continue
		}
		kinds = append(kinds, struct{ typ, proto int }{k.typ, p})
	}
	if len(kinds) == 0 {
		return nil, gaiError(t, eaiSocktype)
	}
	// The port of each kind: a number, or a service looked up per
	// protocol (a kind with no such service is left out).
	ports := make([]int, len(kinds))
	if hasPort {
		if n, err := strconv.ParseUint(port, 10, 64); err == nil {
			for i := range ports {
				ports[i] = int(n & 0xffff)
			}
		} else {
			if flags&aiNUMERICSERV != 0 {
				return nil, gaiError(t, eaiNoname)
			}
			kept := kinds[:0]
			ports = ports[:0]
			for _, k := range kinds {
				pn := protoName(k.typ)
				if pn == "" {
					continue
				}
				if n, _, ok := lookupService(port, pn); ok {
					kept = append(kept, k)
					ports = append(ports, n)
				}
			}
			kinds = kept
			if len(kinds) == 0 {
				return nil, gaiError(t, eaiService)
			}
		}
	}
	var addrs []resolved
	switch {
	case !hasHost:
		loop4, loop6 := []byte{127, 0, 0, 1}, net.IPv6loopback
		if flags&aiPASSIVE != 0 {
			loop4, loop6 = make([]byte, 4), make([]byte, 16)
		}
		v6, v4 := resolved{unix.AF_INET6, loop6, 0}, resolved{unix.AF_INET, loop4, 0}
		switch {
		case family == unix.AF_INET:
			addrs = []resolved{v4}
		case family == unix.AF_INET6:
			addrs = []resolved{v6}
		case flags&aiPASSIVE != 0:
			addrs = []resolved{v4, v6}
		default:
			addrs = []resolved{v6, v4}
		}
	default:
		var code int
		addrs, code = lookupHost(t, host, family, flags&aiNUMERICHOST != 0)
		if code != 0 {
			return nil, gaiError(t, code)
		}
	}
	var out []*object.Object
	for _, r := range addrs {
		for i, k := range kinds {
			canon := ""
			if flags&aiCANONNAME != 0 && len(out) == 0 {
				canon = host
			}
			item := []*object.Object{
				object.NewInt(t, int64(r.family)), object.NewInt(t, int64(k.typ)), object.NewInt(t, int64(k.proto)),
				object.NewStr(t, canon), makeSockaddr(t, sockaddrOf(r, ports[i])),
			}
			out = append(out, object.NewTuple(t, item).Obj())
		}
	}
	return object.NewList(t, out).Obj(), nil
}

func getnameinfo(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "getnameinfo", a, kw, 2, 2); err != nil {
		return nil, err
	}
	if !object.IsTuple(a[0]) {
		return nil, t.Errorf(object.TypeErrorType, "getnameinfo() argument 1 must be a tuple")
	}
	flags, err := intarg.CInt(t, a[1])
	if err != nil {
		return nil, err
	}
	items := object.Cast[object.Tuple](a[0]).Items
	illegal := func() error { return t.Errorf(object.TypeErrorType, "getnameinfo(): illegal sockaddr argument") }
	if len(items) < 2 || len(items) > 4 || !object.IsStr(items[0]) {
		return nil, illegal()
	}
	host := object.StrValue(items[0])
	port, err := intarg.CInt(t, items[1])
	if err != nil {
		return nil, err
	}
	var flow, scope uint32
	for i, dst := range []*uint32{&flow, &scope} {
		if len(items) > 2+i {
			if !object.IsInt(items[2+i]) {
				return nil, illegal()
			}
			if *dst, err = uintArg(t, items[2+i]); err != nil {
				return nil, err
			}
		}
	}
	if flow > 0xfffff {
		return nil, t.Errorf(object.OverflowErrorType, "getnameinfo(): flowinfo must be 0-1048575.")
	}
	addrs, code := lookupHost(t, host, unix.AF_UNSPEC, true)
	if code != 0 {
		return nil, gaiError(t, code)
	}
	r := addrs[0]
	if r.family == unix.AF_INET && len(items) != 2 {
		return nil, t.Errorf(object.OSErrorType, "IPv4 sockaddr must be 2 tuple")
	}
	if r.family == unix.AF_INET6 && scope != 0 {
		r.scope = scope
	}
	var hostOut string
	if flags&niNUMERICHOST == 0 {
		if name, ok := reverseName(t, r.ip); ok {
			hostOut = name
		}
	}
	if hostOut == "" {
		if flags&niNAMEREQD != 0 {
			return nil, gaiError(t, eaiNoname)
		}
		hostOut = numericText(r)
	}
	servOut := strconv.Itoa(int(uint16(port)))
	if flags&niNUMERICSERV == 0 {
		proto := "tcp"
		if flags&niDGRAM != 0 {
			proto = "udp"
		}
		if name, ok := serviceName(int(uint16(port)), proto); ok {
			servOut = name
		}
	}
	return object.NewTuple(t, []*object.Object{object.NewStr(t, hostOut), object.NewStr(t, servOut)}).Obj(), nil
}

// numericText writes an address as numbers, with an IPv6 scope.
func numericText(r resolved) string {
	if r.family == unix.AF_INET {
		return ntoa4(r.ip)
	}
	s := ntop6(r.ip)
	if r.scope != 0 {
		if ifi, err := net.InterfaceByIndex(int(r.scope)); err == nil {
			s += "%" + ifi.Name
		} else {
			s += "%" + strconv.Itoa(int(r.scope))
		}
	}
	return s
}

// reverseName looks up an address's host name (the first one known).
func reverseName(t *object.Thread, ip []byte) (string, bool) {
	addr, _ := netip.AddrFromSlice(ip)
	t.Detach()
	names, err := net.DefaultResolver.LookupAddr(context.Background(), addr.String())
	t.Attach()
	if err != nil || len(names) == 0 {
		return "", false
	}
	return strings.TrimSuffix(names[0], "."), true
}

func gethostbyname(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "gethostbyname", a, kw, 1, 1); err != nil {
		return nil, err
	}
	host, err := hostNameArg(t, "gethostbyname", a[0])
	if err != nil {
		return nil, err
	}
	ip, _, err := setIPAddr(t, host, unix.AF_INET)
	if err != nil {
		return nil, err
	}
	return object.NewStr(t, ntoa4(ip)), nil
}

// hostNameArg is the str, bytes or bytearray host name of gethostby*.
func hostNameArg(t *object.Thread, fname string, o *object.Object) (string, error) {
	if !object.IsStr(o) && !object.IsBytes(o) && !object.IsByteArray(o) {
		return "", t.Errorf(object.TypeErrorType, "%s() argument 1 must be str, bytes or bytearray, not %s", fname, o.Type().Name)
	}
	return hostArg(t, o)
}

// hostEntry is gethostbyname_ex's and gethostbyaddr's (name, aliases,
// addresses) of the IPv4 (or, for addr of AF_INET6, IPv6) addresses.
func hostEntry(t *object.Thread, name string, addrs []resolved) *object.Object {
	var list []*object.Object
	for _, r := range addrs {
		list = append(list, object.NewStr(t, numericText(resolved{r.family, r.ip, 0})))
	}
	return object.NewTuple(t, []*object.Object{
		object.NewStr(t, name), object.NewList(t, nil).Obj(), object.NewList(t, list).Obj(),
	}).Obj()
}

func gethostbynameEx(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "gethostbyname_ex", a, kw, 1, 1); err != nil {
		return nil, err
	}
	host, err := hostNameArg(t, "gethostbyname_ex", a[0])
	if err != nil {
		return nil, err
	}
	if _, _, err := setIPAddr(t, host, unix.AF_INET); err != nil {
		return nil, err
	}
	addrs, code := lookupHost(t, host, unix.AF_INET, false)
	if code != 0 {
		return nil, hostError(t)
	}
	return hostEntry(t, host, addrs), nil
}

func gethostbyaddr(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "gethostbyaddr", a, kw, 1, 1); err != nil {
		return nil, err
	}
	host, err := hostNameArg(t, "gethostbyaddr", a[0])
	if err != nil {
		return nil, err
	}
	addrs, code := lookupHost(t, host, unix.AF_UNSPEC, false)
	if code != 0 {
		return nil, gaiError(t, code)
	}
	r := addrs[0]
	if r.family == unix.AF_INET6 {
		// A name may resolve to both: the first IPv4 one is asked
		// about, as setipaddr with AF_INET would pick.
		for _, x := range addrs {
			if x.family == unix.AF_INET {
				r = x
				break
			}
		}
	}
	name, ok := reverseName(t, r.ip)
	if !ok {
		return nil, hostError(t)
	}
	return hostEntry(t, name, []resolved{r}), nil
}

func gethostname(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "gethostname", a, kw, 0, 0); err != nil {
		return nil, err
	}
	var u unix.Utsname
	if err := unix.Uname(&u); err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	n := u.Nodename[:]
	if i := strings.IndexByte(string(n), 0); i >= 0 {
		n = n[:i]
	}
	return object.FSDecode(t, string(n)), nil
}

func sethostname(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "sethostname", a, kw, 1, 1); err != nil {
		return nil, err
	}
	name, _, ok, err := object.FSPath(t, a[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
	}
	if err := unix.Sethostname([]byte(name)); err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	return object.None, nil
}

// protoArg is getservby*'s optional protocol name.
func protoArg(t *object.Thread, fname string, a []*object.Object) (string, error) {
	if len(a) < 2 {
		return "", nil
	}
	return strArg(t, fname, 2, a[1])
}

func getservbyname(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "getservbyname", a, kw, 1, 2); err != nil {
		return nil, err
	}
	name, err := strArg(t, "getservbyname", 1, a[0])
	if err != nil {
		return nil, err
	}
	proto, err := protoArg(t, "getservbyname", a)
	if err != nil {
		return nil, err
	}
	port, _, ok := lookupService(name, proto)
	if !ok {
		return nil, t.Errorf(object.OSErrorType, "service/proto not found")
	}
	return object.NewInt(t, int64(port)), nil
}

func getservbyport(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "getservbyport", a, kw, 1, 2); err != nil {
		return nil, err
	}
	port, err := intarg.CInt(t, a[0])
	if err != nil {
		return nil, err
	}
	if port < 0 || port > 0xffff {
		return nil, t.Errorf(object.OverflowErrorType, "getservbyport: port must be 0-65535.")
	}
	proto, err := protoArg(t, "getservbyport", a)
	if err != nil {
		return nil, err
	}
	name, ok := serviceName(port, proto)
	if !ok {
		return nil, t.Errorf(object.OSErrorType, "port/proto not found")
	}
	return object.NewStr(t, name), nil
}

func getprotobyname(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "getprotobyname", a, kw, 1, 1); err != nil {
		return nil, err
	}
	name, err := strArg(t, "getprotobyname", 1, a[0])
	if err != nil {
		return nil, err
	}
	n, ok := lookupProtocol(name)
	if !ok {
		return nil, t.Errorf(object.OSErrorType, "protocol not found")
	}
	return object.NewInt(t, int64(n)), nil
}

func ifNameindex(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "if_nameindex", a, kw, 0, 0); err != nil {
		return nil, err
	}
	ifs, err := net.Interfaces()
	if err != nil {
		return nil, object.OSErrorFromGo(t, err)
	}
	out := make([]*object.Object, len(ifs))
	for i, ifi := range ifs {
		out[i] = object.NewTuple(t, []*object.Object{object.NewInt(t, int64(ifi.Index)), object.FSDecode(t, ifi.Name)}).Obj()
	}
	return object.NewList(t, out).Obj(), nil
}

func ifNametoindex(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "if_nametoindex", a, kw, 1, 1); err != nil {
		return nil, err
	}
	name, _, ok, err := object.FSPath(t, a[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, t.Errorf(object.TypeErrorType, "expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
	}
	ifi, err := net.InterfaceByName(name)
	if err != nil {
		return nil, t.Errorf(object.OSErrorType, "no interface with this name")
	}
	return object.NewInt(t, int64(ifi.Index)), nil
}

func ifIndextoname(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := posArgs(t, "if_indextoname", a, kw, 1, 1); err != nil {
		return nil, err
	}
	if !object.IsInt(a[0]) {
		return nil, t.Errorf(object.TypeErrorType, "an integer is required")
	}
	idx, err := uintArg(t, a[0])
	if err != nil {
		return nil, err
	}
	ifi, err := net.InterfaceByIndex(int(idx))
	if err != nil {
		return nil, object.OSErrorFromGo(t, unix.ENXIO)
	}
	return object.FSDecode(t, ifi.Name), nil
}

// getaddrinfo's flags and getnameinfo's (glibc's netdb.h).
const (
	aiPASSIVE     = 0x1
	aiCANONNAME   = 0x2
	aiNUMERICHOST = 0x4
	aiV4MAPPED    = 0x8
	aiALL         = 0x10
	aiADDRCONFIG  = 0x20
	aiNUMERICSERV = 0x400

	niNUMERICHOST = 0x1
	niNUMERICSERV = 0x2
	niNAMEREQD    = 0x8
	niDGRAM       = 0x10
)
