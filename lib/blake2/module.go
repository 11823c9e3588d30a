// Package blake2 implements CPython's _blake2 module: the blake2b and
// blake2s hash types with every parameter of CPython's (digest_size,
// key, salt, person and the tree-hashing ones), which hashlib exposes.
package blake2

import (
	"math/big"
	"sync"

	"github.com/ftpy/ftpy/lib/internal/bytesarg"
	"github.com/ftpy/ftpy/lib/internal/hashobj"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_blake2", newModule) }

// variant is BLAKE2b or BLAKE2s.
type variant struct {
	name                                  string
	maxDigest, maxKey, saltSize, personSz int
	blockSize                             int
	maxOffset                             uint64
	alg                                   *hashobj.Algorithm
	typ                                   *object.Type
}

var (
	b2b = &variant{name: "blake2b", maxDigest: 64, maxKey: 64, saltSize: 16, personSz: 16, blockSize: 128, maxOffset: 1<<64 - 1}
	b2s = &variant{name: "blake2s", maxDigest: 32, maxKey: 32, saltSize: 8, personSz: 8, blockSize: 64, maxOffset: 1<<48 - 1}
)

var ctorParams = []string{"/data", "$digest_size", "$key", "$salt", "$person", "$fanout", "$depth", "$leaf_size",
	"$node_offset", "$node_depth", "$inner_size", "$last_node", "$usedforsecurity"}

func init() {
	for _, v := range []*variant{b2b, b2s} {
		v := v
		v.alg = &hashobj.Algorithm{Name: v.name, DigestSize: v.maxDigest, BlockSize: v.blockSize}
		v.typ = hashobj.NewType(v.name, "_blake2", nil)
		v.typ.New = func(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
			return v.construct(t, typ, args, kw)
		}
	}
}

// smallInt reads an int parameter that must lie in [lo, hi].
func smallInt(t *object.Thread, o *object.Object, def, lo, hi int, msg string) (int, error) {
	if o == nil {
		return def, nil
	}
	n, err := object.AsInt64(t, o)
	if err != nil {
		return 0, err
	}
	if n < int64(lo) || n > int64(hi) {
		return 0, t.Errorf(object.ValueErrorType, "%s", msg)
	}
	return int(n), nil
}

// unsigned reads leaf_size or node_offset: non-negative, at most max.
func unsigned(t *object.Thread, o *object.Object, max uint64, name string) (uint64, error) {
	if o == nil {
		return 0, nil
	}
	n, err := object.Index(t, o)
	if err != nil {
		return 0, err
	}
	defer t.Decref(n)
	b := object.AsInt(n).Big()
	if b.Sign() < 0 {
		return 0, t.Errorf(object.ValueErrorType, "value must be positive")
	}
	if b.Cmp(new(big.Int).SetUint64(1<<64-1)) > 0 {
		return 0, t.Errorf(object.OverflowErrorType, "int too big to convert")
	}
	if b.Uint64() > max {
		return 0, t.Errorf(object.OverflowErrorType, "%s is too large", name)
	}
	return b.Uint64(), nil
}

func (v *variant) construct(t *object.Thread, typ *object.Type, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	var a [13]*object.Object
	ptrs := make([]**object.Object, len(a))
	for i := range a {
		ptrs[i] = &a[i]
	}
	npos := len(args)
	if kw != nil {
		npos -= len(kw.Items)
	}
	if npos > 1 {
		return nil, t.Errorf(object.TypeErrorType, "%s() takes at most 1 positional argument (%d given)", v.name, npos)
	}
	if err := object.ParseArgs(t, v.name, args, kw, ctorParams, 0, ptrs...); err != nil {
		return nil, err
	}
	p := &params{}
	var err error
	if p.digestSize, err = smallInt(t, a[1], v.maxDigest, 1, v.maxDigest, "digest_size must be between 1 and "+itoa(v.maxDigest)+" bytes"); err != nil {
		return nil, err
	}
	for i, f := range []struct {
		dst  *[]byte
		max  int
		name string
	}{{&p.key, v.maxKey, "key"}, {&p.salt, v.saltSize, "salt"}, {&p.person, v.personSz, "person"}} {
		o := a[2+i]
		if o == nil {
			continue
		}
		b, err := bytesarg.Get(t, o)
		if err != nil {
			return nil, err
		}
		if len(b) > f.max {
			return nil, t.Errorf(object.ValueErrorType, "maximum %s length is %d bytes", f.name, f.max)
		}
		*f.dst = append([]byte(nil), b...)
	}
	if p.fanout, err = smallInt(t, a[5], 1, 0, 255, "fanout must be between 0 and 255"); err != nil {
		return nil, err
	}
	if p.depth, err = smallInt(t, a[6], 1, 1, 255, "depth must be between 1 and 255"); err != nil {
		return nil, err
	}
	leaf, err := unsigned(t, a[7], 1<<32-1, "leaf_size")
	if err != nil {
		return nil, err
	}
	p.leafSize = uint32(leaf)
	if p.nodeOffset, err = unsigned(t, a[8], v.maxOffset, "node_offset"); err != nil {
		return nil, err
	}
	if p.nodeDepth, err = smallInt(t, a[9], 0, 0, 255, "node_depth must be between 0 and 255"); err != nil {
		return nil, err
	}
	if p.innerSize, err = smallInt(t, a[10], 0, 0, v.maxDigest, "inner_size must be between 0 and is "+itoa(v.maxDigest)); err != nil {
		return nil, err
	}
	if a[11] != nil {
		if p.lastNode, err = object.IsTrue(t, a[11]); err != nil {
			return nil, err
		}
	}
	var data []byte
	if a[0] != nil {
		if data, err = hashobj.Data(t, a[0]); err != nil {
			return nil, err
		}
	}
	var s *hashobj.State
	if v == b2b {
		s = hashobj.NewStateOf(v.alg, newB(p))
	} else {
		s = hashobj.NewStateOf(v.alg, newS(p))
	}
	if len(data) > 0 {
		s.Update(data)
	}
	return hashobj.New(t, typ, s), nil
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

var classAttrs sync.Once

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	// The size constants are class attributes too (blake2b.SALT_SIZE).
	classAttrs.Do(func() {
		for _, v := range []*variant{b2b, b2s} {
			for name, n := range map[string]int{"SALT_SIZE": v.saltSize, "PERSON_SIZE": v.personSz, "MAX_KEY_SIZE": v.maxKey, "MAX_DIGEST_SIZE": v.maxDigest} {
				o := object.NewInt(t, int64(n))
				t.MakeImmortal(o)
				v.typ.Dict.SetStr(t, object.Intern(name), o)
			}
		}
	})
	m := st.NewModule("_blake2")
	set := func(name string, v int) {
		o := object.NewInt(t, int64(v))
		m.Dict.SetStr(t, object.Intern(name), o)
		t.Decref(o)
	}
	for _, v := range []*variant{b2b, b2s} {
		m.Dict.SetStr(t, object.Intern(v.name), v.typ.Obj())
		up := "BLAKE2B_"
		if v == b2s {
			up = "BLAKE2S_"
		}
		set(up+"SALT_SIZE", v.saltSize)
		set(up+"PERSON_SIZE", v.personSz)
		set(up+"MAX_KEY_SIZE", v.maxKey)
		set(up+"MAX_DIGEST_SIZE", v.maxDigest)
	}
	return m.Obj(), nil
}
