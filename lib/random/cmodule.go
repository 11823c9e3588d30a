package random

import (
	"math/big"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

// This file builds _random, CPython's C module under random.py: the
// Random base class holding the Mersenne Twister, with random, seed,
// getstate, setstate and getrandbits. random.py's Random subclasses it
// and turns str, bytes and float seeds into ints itself.

func init() { vm.RegisterModule("_random", newCModule) }

// cRandomType is _random.Random, whose instances are Random structs.
var cRandomType = object.NewStaticType(&object.Type{
	Name:         "Random",
	Module:       "_random",
	Flags:        object.FlagBaseType,
	Doc:          "Random() -> create a random number generator with its own internal state.",
	SubclassDict: func(o *object.Object) **object.Dict { return &object.Cast[Random](o).dict },
})

func newCModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("_random")
	m.Dict.SetStr(t, object.Intern("Random"), cRandomType.Obj())
	return m.Obj(), nil
}

// seedC is _random.Random.seed(n): None seeds from the OS, an int by its
// absolute value, anything else by its hash taken as unsigned.
func (r *Random) seedC(t *object.Thread, a *object.Object) error {
	if a == nil || a == object.None || object.IsInt(a) {
		return r.seed(t, a)
	}
	h, err := object.Hash(t, a)
	if err != nil {
		return err
	}
	key := intKey(new(big.Int).SetUint64(uint64(h)))
	r.mu.Lock()
	r.mt.initByArray(key)
	r.mu.Unlock()
	return nil
}

func cRandomNew(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if typ == cRandomType {
		if err := object.NoKeywords(t, "Random", kw); err != nil {
			return nil, err
		}
	}
	r := &Random{}
	t.Init(&r.Object, typ)
	return &r.Object, nil
}

func cRandomInit(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) error {
	if err := object.NoKeywords(t, "Random", kw); err != nil {
		return err
	}
	if len(args) > 1 {
		return t.Errorf(object.TypeErrorType, "Random() requires 0 or 1 argument")
	}
	var a *object.Object
	if len(args) == 1 {
		a = args[0]
	}
	return rnd(self).seedC(t, a)
}

// stateWord converts a getstate() item as C's unsigned long conversion
// does, keeping the low 32 bits.
func stateWord(t *object.Thread, o *object.Object) (uint32, error) {
	if !object.IsInt(o) {
		return 0, t.Errorf(object.TypeErrorType, "an integer is required")
	}
	b := object.AsInt(o).Big()
	if b.Sign() < 0 {
		return 0, t.Errorf(object.OverflowErrorType, "can't convert negative value to unsigned int")
	}
	if b.BitLen() > 64 {
		return 0, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C unsigned long")
	}
	return uint32(b.Uint64()), nil
}

var cRandomMethods = []object.MethodDef{
	{Name: "random", Doc: "random() -> x in the interval [0, 1).",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "Random.random", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return object.NewFloat(t, rnd(self).float()), nil
		}},
	{Name: "seed", Doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "seed", args, kw, 0, 1); err != nil {
				return nil, err
			}
			var a *object.Object
			if len(args) == 1 {
				a = args[0]
			}
			if err := rnd(self).seedC(t, a); err != nil {
				return nil, err
			}
			return t.NewRef(object.None), nil
		}},
	{Name: "getstate", Doc: "getstate() -> tuple containing the current state.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "Random.getstate", args, kw, 0, 0); err != nil {
				return nil, err
			}
			r := rnd(self)
			items := make([]*object.Object, mtN+1)
			r.mu.Lock()
			m := r.mt
			r.mu.Unlock()
			for i, w := range m.state {
				items[i] = object.NewInt(t, int64(w))
			}
			items[mtN] = object.NewInt(t, int64(m.index))
			return object.NewTuple(t, items).Obj(), nil
		}},
	{Name: "setstate", Doc: "setstate(state) -> None.  Restores generator state.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "Random.setstate", args, kw, 1, 1); err != nil {
				return nil, err
			}
			if !object.IsTuple(args[0]) {
				return nil, t.Errorf(object.TypeErrorType, "state vector must be a tuple")
			}
			vec := object.AsTuple(args[0]).Items
			if len(vec) != mtN+1 {
				return nil, t.Errorf(object.ValueErrorType, "state vector is the wrong size")
			}
			var m mt19937
			for i := 0; i < mtN; i++ {
				w, err := stateWord(t, vec[i])
				if err != nil {
					return nil, err
				}
				m.state[i] = w
			}
			index, err := object.AsInt64(t, vec[mtN])
			if err != nil {
				return nil, err
			}
			if index < 0 || index > mtN {
				return nil, t.Errorf(object.ValueErrorType, "invalid state")
			}
			m.index = int(index)
			r := rnd(self)
			r.mu.Lock()
			r.mt = m
			r.mu.Unlock()
			return t.NewRef(object.None), nil
		}},
	{Name: "getrandbits", Doc: "getrandbits(k) -> x.  Generates an int with k random bits.",
		Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "Random.getrandbits", args, kw, 1, 1); err != nil {
				return nil, err
			}
			if n := args[0].Type().Number; !object.IsInt(args[0]) && (n == nil || n.Index == nil) {
				return nil, t.Errorf(object.TypeErrorType, "'%s' object cannot be interpreted as an integer", args[0].Type().Name)
			}
			k, err := object.AsInt64(t, args[0])
			if err != nil {
				return nil, err
			}
			if k < 0 {
				return nil, t.Errorf(object.ValueErrorType, "number of bits must be non-negative")
			}
			if k > 1<<31-1 {
				return nil, t.Errorf(object.OverflowErrorType, "Python int too large to convert to C int")
			}
			r := rnd(self)
			if k <= 63 {
				r.mu.Lock()
				v := r.mt.bits64(int(k))
				r.mu.Unlock()
				return object.NewInt(t, int64(v)), nil
			}
			if err := t.CheckAlloc(k / 8); err != nil {
				return nil, err
			}
			r.mu.Lock()
			w := r.mt.words(int(k))
			r.mu.Unlock()
			return object.NewIntBig(t, wordsToBig(w)), nil
		}},
}

func init() {
	cRandomType.New = cRandomNew
	cRandomType.Init = cRandomInit
	object.ReadyType(cRandomType, cRandomMethods, nil)
}
