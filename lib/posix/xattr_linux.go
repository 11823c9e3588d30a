// This file holds the extended-attribute calls (getxattr, setxattr,
// listxattr, removexattr), which shutil.copystat uses to copy them.

package posix

import (
	"strings"

	"golang.org/x/sys/unix"

	"github.com/ftpy/ftpy/object"
)

func init() {
	platformFuncs = append(platformFuncs,
		fn("getxattr", getxattr), fn("setxattr", setxattr),
		fn("listxattr", listxattr), fn("removexattr", removexattr))
	intConstants = append(intConstants,
		intConstant{"XATTR_CREATE", unix.XATTR_CREATE}, intConstant{"XATTR_REPLACE", unix.XATTR_REPLACE},
		intConstant{"XATTR_SIZE_MAX", 65536})
}

// xattrCall holds an xattr call's path (or descriptor), attribute and
// follow_symlinks.
type xattrCall struct {
	path   Path
	attr   string
	follow bool
}

// parseXattr binds path, then the attribute when withAttr, then the
// other positional parameters in rest, then keyword-only
// follow_symlinks.
func parseXattr(t *object.Thread, name string, a args, kw *object.Tuple, params []string, required int, withAttr bool) (xattrCall, []*object.Object, error) {
	out := make([]*object.Object, len(params))
	ptrs := make([]**object.Object, len(params))
	for i := range out {
		ptrs[i] = &out[i]
	}
	var c xattrCall
	if err := parse(t, name, a, kw, params, required, ptrs...); err != nil {
		return c, nil, err
	}
	kind := pathOrFD
	if name == "listxattr" {
		kind = pathFDOrNone
	}
	var err error
	c.path = Path{P: "."}
	if out[0] != nil {
		if c.path, err = pathArg(t, name, "path", out[0], kind); err != nil {
			return c, nil, err
		}
	}
	rest := out[1 : len(out)-1]
	if withAttr {
		p, err := pathArg(t, name, "attribute", out[1], pathOnly)
		if err != nil {
			return c, nil, err
		}
		c.attr = p.P
		rest = out[2 : len(out)-1]
	}
	if c.follow, err = boolOr(t, out[len(out)-1], true); err != nil {
		return c, nil, err
	}
	if c.path.IsFD && !c.follow {
		return c, nil, t.Errorf(object.ValueErrorType, "%s: cannot use fd and follow_symlinks together", name)
	}
	return c, rest, nil
}

// growing calls f with a buffer, larger while it reports ERANGE.
func growing(f func(buf []byte) (int, error)) ([]byte, error) {
	size := 256
	for {
		buf := make([]byte, size)
		n, err := f(buf)
		if err == unix.ERANGE && size < 1<<20 {
			size *= 4
			continue
		}
		if err != nil {
			return nil, err
		}
		return buf[:n], nil
	}
}

func getxattr(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	c, _, err := parseXattr(t, "getxattr", a, kw, []string{"path", "attribute", "$follow_symlinks"}, 2, true)
	if err != nil {
		return nil, err
	}
	t.Detach()
	v, err := growing(func(buf []byte) (int, error) {
		switch {
		case c.path.IsFD:
			return unix.Fgetxattr(c.path.FD, c.attr, buf)
		case c.follow:
			return unix.Getxattr(c.path.P, c.attr, buf)
		}
		return unix.Lgetxattr(c.path.P, c.attr, buf)
	})
	t.Attach()
	if err != nil {
		return nil, Error(t, err, c.path)
	}
	return object.NewBytes(t, v), nil
}

func setxattr(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	c, rest, err := parseXattr(t, "setxattr", a, kw, []string{"path", "attribute", "value", "flags", "$follow_symlinks"}, 3, true)
	if err != nil {
		return nil, err
	}
	if !object.IsBytes(rest[0]) {
		return nil, t.Errorf(object.TypeErrorType, "a bytes-like object is required, not '%s'", rest[0].Type().Name)
	}
	value := object.BytesValue(rest[0])
	flags, err := intOr(t, rest[1], 0)
	if err != nil {
		return nil, err
	}
	t.Detach()
	switch {
	case c.path.IsFD:
		err = unix.Fsetxattr(c.path.FD, c.attr, value, flags)
	case c.follow:
		err = unix.Setxattr(c.path.P, c.attr, value, flags)
	default:
		err = unix.Lsetxattr(c.path.P, c.attr, value, flags)
	}
	t.Attach()
	if err != nil {
		return nil, Error(t, err, c.path)
	}
	return object.None, nil
}

func removexattr(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	c, _, err := parseXattr(t, "removexattr", a, kw, []string{"path", "attribute", "$follow_symlinks"}, 2, true)
	if err != nil {
		return nil, err
	}
	t.Detach()
	switch {
	case c.path.IsFD:
		err = unix.Fremovexattr(c.path.FD, c.attr)
	case c.follow:
		err = unix.Removexattr(c.path.P, c.attr)
	default:
		err = unix.Lremovexattr(c.path.P, c.attr)
	}
	t.Attach()
	if err != nil {
		return nil, Error(t, err, c.path)
	}
	return object.None, nil
}

func listxattr(t *object.Thread, _ *object.Object, a args, kw *object.Tuple) (*object.Object, error) {
	c, _, err := parseXattr(t, "listxattr", a, kw, []string{"path", "$follow_symlinks"}, 0, false)
	if err != nil {
		return nil, err
	}
	t.Detach()
	v, err := growing(func(buf []byte) (int, error) {
		switch {
		case c.path.IsFD:
			return unix.Flistxattr(c.path.FD, buf)
		case c.follow:
			return unix.Listxattr(c.path.P, buf)
		}
		return unix.Llistxattr(c.path.P, buf)
	})
	t.Attach()
	if err != nil {
		return nil, Error(t, err, c.path)
	}
	var items []*object.Object
	for _, name := range strings.Split(string(v), "\x00") {
		if name != "" {
			items = append(items, object.FSDecode(t, name))
		}
	}
	return object.NewList(t, items).Obj(), nil
}
