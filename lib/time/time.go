// Package time implements the time module.
package time

import (
	gotime "time"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("time", newModule) }

var start = gotime.Now()

func clock(name string, f func() float64) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewFloat(t, f()), nil
	}}
}

func clockNS(name string, f func() int64) object.MethodDef {
	return object.MethodDef{Name: name, Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return object.NewInt(t, f()), nil
	}}
}

func wall() float64        { return float64(gotime.Now().UnixNano()) / 1e9 }
func mono() float64        { return gotime.Since(start).Seconds() }
func monoNS() int64        { return int64(gotime.Since(start)) }
func wallNS() int64        { return gotime.Now().UnixNano() }
func processTime() float64 { return cpuSeconds() }

var funcs = []object.MethodDef{
	clock("time", wall),
	clockNS("time_ns", wallNS),
	clock("perf_counter", mono),
	clockNS("perf_counter_ns", monoNS),
	clock("monotonic", mono),
	clockNS("monotonic_ns", monoNS),
	clock("process_time", processTime),
	{Name: "sleep", Fn: func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "sleep", args, kw, 1, 1); err != nil {
			return nil, err
		}
		secs, err := seconds(t, args[0])
		if err != nil {
			return nil, err
		}
		if secs < 0 {
			return nil, t.Errorf(object.ValueErrorType, "sleep length must be non-negative")
		}
		// Detached while sleeping (a stop-the-world never waits for us),
		// and woken by Ctrl-C or a stop.
		if err := vm.StateOf(t).Sleep(gotime.Duration(secs * 1e9)); err != nil {
			return nil, err
		}
		return object.None, nil
	}},
}

func seconds(t *object.Thread, o *object.Object) (float64, error) {
	if object.IsFloat(o) {
		return object.FloatValue(o), nil
	}
	if object.IsInt(o) {
		v, err := object.AsInt64(t, o)
		return float64(v), err
	}
	return 0, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", o.Type().Name)
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("time")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	return m.Obj(), nil
}
