package thread

import (
	"strconv"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// excepthook is _thread._excepthook(args), threading's default
// excepthook: "Exception in thread NAME:" and the traceback, on
// sys.stderr. SystemExit is silent.
func excepthook(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "_excepthook", args, kw, 1, 1); err != nil {
		return nil, err
	}
	attr := func(name string) (*object.Object, error) { return object.GetAttrString(t, args[0], name) }
	typ, err := attr("exc_type")
	if err != nil {
		return nil, err
	}
	defer t.Decref(typ)
	if typ == object.SystemExitType.Obj() {
		return object.None, nil
	}
	value, err := attr("exc_value")
	if err != nil {
		return nil, err
	}
	defer t.Decref(value)
	thread, err := attr("thread")
	if err != nil {
		return nil, err
	}
	defer t.Decref(thread)
	name := strconv.FormatUint(t.ID(), 10)
	if thread != object.None {
		n, err := object.GetAttrString(t, thread, "name")
		if err != nil {
			return nil, err
		}
		s, err := object.StrString(t, n)
		t.Decref(n)
		if err != nil {
			return nil, err
		}
		name = s
	}
	st := vm.StateOf(t)
	var b strings.Builder
	b.WriteString("Exception in thread " + name + ":\n")
	if object.IsInstance(value, object.BaseExceptionType) {
		st.WriteTraceback(&b, object.Cast[object.Exception](value))
	} else if object.IsType(typ) {
		b.WriteString(object.AsType(typ).Name + "\n")
	}
	st.Interp().Flush()
	st.WriteStderr(b.String())
	return object.None, nil
}
