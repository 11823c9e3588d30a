// Package hashobj is the hash object the hash modules (_md5, _sha1,
// _sha256, _sha512, _sha3, _blake2) share: update, digest, hexdigest,
// copy, name, digest_size and block_size, over a Go hash. Each object has
// its own lock, so that threads sharing one cannot corrupt its state
// (CPython holds the object's lock while hashing, too).
package hashobj

import (
	"encoding"
	"encoding/hex"
	"hash"
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/object"
)

// XOF is an extendable-output function (SHAKE): Read gives as many
// bytes as asked.
type XOF interface {
	Write([]byte) (int, error)
	Read([]byte) (int, error)
}

// Cloner is a state that copies itself; states that do not are copied
// through encoding.BinaryMarshaler.
type Cloner interface{ Clone() any }

// Algorithm describes one hash.
type Algorithm struct {
	Name       string // hash.name
	DigestSize int    // 0 for an XOF, whose digest() takes a length
	BlockSize  int
	New        func() hash.Hash
	NewXOF     func() XOF
}

// State is a hash in progress, safe for concurrent use.
type State struct {
	mu  sync.Mutex
	alg *Algorithm
	h   hash.Hash
	x   XOF
}

// NewState starts a hash of alg.
func NewState(alg *Algorithm) *State {
	s := &State{alg: alg}
	if alg.NewXOF != nil {
		s.x = alg.NewXOF()
	} else {
		s.h = alg.New()
	}
	return s
}

// NewStateOf wraps a hash made elsewhere (a keyed BLAKE2).
func NewStateOf(alg *Algorithm, h hash.Hash) *State { return &State{alg: alg, h: h} }

// Update adds data to the hash.
func (s *State) Update(data []byte) {
	s.mu.Lock()
	if s.x != nil {
		s.x.Write(data)
	} else {
		s.h.Write(data)
	}
	s.mu.Unlock()
}

// Digest returns the digest so far (n bytes of an XOF's output),
// leaving the state as it was.
func (s *State) Digest(n int) []byte {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.x == nil {
		return s.h.Sum(nil)
	}
	c := copyOf(s.x, func() any { return s.alg.NewXOF() }).(XOF)
	out := make([]byte, n)
	c.Read(out)
	return out
}

// Copy returns an independent copy of the state.
func (s *State) Copy() *State {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := &State{alg: s.alg}
	if s.x != nil {
		c.x = copyOf(s.x, func() any { return s.alg.NewXOF() }).(XOF)
	} else {
		c.h = copyOf(s.h, func() any { return s.alg.New() }).(hash.Hash)
	}
	return c
}

// copyOf copies a hash state: a Cloner copies itself, others are
// marshalled into a fresh state. Every hash used here is one or the
// other, so the panics below mark a programming error.
func copyOf(h any, fresh func() any) any {
	if c, ok := h.(Cloner); ok {
		return c.Clone()
	}
	if c, ok := h.(hash.Cloner); ok {
		d, err := c.Clone()
		if err == nil {
			return d
		}
	}
	m, ok := h.(encoding.BinaryMarshaler)
	if !ok {
		panic("hashobj: hash state cannot be copied")
	}
	b, err := m.MarshalBinary()
	if err != nil {
		panic(err)
	}
	c := fresh()
	if err := c.(encoding.BinaryUnmarshaler).UnmarshalBinary(b); err != nil {
		panic(err)
	}
	return c
}

// Object is a hash object as Python sees it.
type Object struct {
	object.Object
	State *State
}

// NewType makes the Python type of an algorithm's objects.
func NewType(name, module string, getsets []object.GetSetDef) *object.Type {
	typ := object.NewStaticType(&object.Type{Name: name, Module: module})
	gs := append([]object.GetSetDef{
		{Name: "name", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewStr(t, stateOf(o).alg.Name), nil
		}},
		{Name: "digest_size", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewInt(t, int64(stateOf(o).digestSize())), nil
		}},
		{Name: "block_size", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
			return object.NewInt(t, int64(stateOf(o).alg.BlockSize)), nil
		}},
	}, getsets...)
	object.ReadyType(typ, methods(name), gs)
	return typ
}

func (s *State) digestSize() int {
	if s.h != nil && s.alg.DigestSize != 0 {
		return s.h.Size()
	}
	return s.alg.DigestSize
}

func stateOf(o *object.Object) *State { return object.Cast[Object](o).State }

// New returns a new hash object of type typ over state s.
func New(t *object.Thread, typ *object.Type, s *State) *object.Object {
	h := &Object{State: s}
	t.Init(&h.Object, typ)
	return &h.Object
}

// Data reads the data argument of a constructor or update: bytes-like,
// not str.
func Data(t *object.Thread, o *object.Object) ([]byte, error) {
	if object.IsStr(o) {
		return nil, t.Errorf(object.TypeErrorType, "Strings must be encoded before hashing")
	}
	if !bytesarg.Is(o) {
		return nil, t.Errorf(object.TypeErrorType, "object supporting the buffer API required")
	}
	return bytesarg.Get(t, o)
}

// lengthArg reads an XOF digest's length argument.
func lengthArg(t *object.Thread, name string, args []*object.Object, kw *object.Tuple) (int, error) {
	if len(args) == 0 {
		return 0, t.Errorf(object.TypeErrorType, "%s() takes exactly one argument (0 given)", name)
	}
	var n *object.Object
	if err := object.ParseArgs(t, name, args, kw, []string{"length"}, 1, &n); err != nil {
		return 0, err
	}
	v, err := object.AsInt64(t, n)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		return 0, t.Errorf(object.ValueErrorType, "value must be positive")
	}
	if v >= 1<<29 {
		return 0, t.Errorf(object.ValueErrorType, "length is too large")
	}
	return int(v), nil
}

func methods(typeName string) []object.MethodDef {
	digest := func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple, name string) ([]byte, error) {
		s := stateOf(self)
		if s.x != nil {
			n, err := lengthArg(t, typeName+"."+name, args, kw)
			if err != nil {
				return nil, err
			}
			return s.Digest(n), nil
		}
		if err := object.CheckArgCount(t, typeName+"."+name, args, kw, 0, 0); err != nil {
			return nil, err
		}
		return s.Digest(0), nil
	}
	return []object.MethodDef{
		{Name: "update", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "update", args, kw, 1, 1); err != nil {
				return nil, err
			}
			data, err := Data(t, args[0])
			if err != nil {
				return nil, err
			}
			stateOf(self).Update(data)
			return object.None, nil
		}},
		{Name: "digest", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			d, err := digest(t, self, args, kw, "digest")
			if err != nil {
				return nil, err
			}
			return object.NewBytesOwned(t, d), nil
		}},
		{Name: "hexdigest", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			d, err := digest(t, self, args, kw, "hexdigest")
			if err != nil {
				return nil, err
			}
			return object.NewStr(t, hex.EncodeToString(d)), nil
		}},
		{Name: "copy", Fn: func(t *object.Thread, self *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			if err := object.CheckArgCount(t, "copy", args, kw, 0, 0); err != nil {
				return nil, err
			}
			return New(t, self.Type(), stateOf(self).Copy()), nil
		}},
	}
}
