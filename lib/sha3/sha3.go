// Package sha3 implements CPython's _sha3 module: the SHA-3 hashes
// sha3_224 to sha3_512 and the SHAKE extendable-output functions
// shake_128 and shake_256, as classes, on crypto/sha3.
package sha3

import (
	"crypto/sha3"
	"hash"

	"github.com/ftpy/ftpy/lib/internal/hashobj"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_sha3", newModule) }

type kind struct {
	name      string
	digest    int // 0 for SHAKE
	rateBytes int
	suffix    byte
	alg       *hashobj.Algorithm
	typ       *object.Type
}

var kinds = []*kind{
	{name: "sha3_224", digest: 28, rateBytes: 144, suffix: 6},
	{name: "sha3_256", digest: 32, rateBytes: 136, suffix: 6},
	{name: "sha3_384", digest: 48, rateBytes: 104, suffix: 6},
	{name: "sha3_512", digest: 64, rateBytes: 72, suffix: 6},
	{name: "shake_128", rateBytes: 168, suffix: 0x1f},
	{name: "shake_256", rateBytes: 136, suffix: 0x1f},
}

func init() {
	news := map[string]func() any{
		"sha3_224": func() any { return sha3.New224() }, "sha3_256": func() any { return sha3.New256() },
		"sha3_384": func() any { return sha3.New384() }, "sha3_512": func() any { return sha3.New512() },
		"shake_128": func() any { return sha3.NewSHAKE128() }, "shake_256": func() any { return sha3.NewSHAKE256() },
	}
	for _, k := range kinds {
		k := k
		mk := news[k.name]
		k.alg = &hashobj.Algorithm{Name: k.name, DigestSize: k.digest, BlockSize: k.rateBytes}
		if k.digest == 0 {
			k.alg.NewXOF = func() hashobj.XOF { return mk().(*sha3.SHAKE) }
		} else {
			k.alg.New = func() hash.Hash { return mk().(*sha3.SHA3) }
		}
		k.typ = hashobj.NewType(k.name, "_sha3", []object.GetSetDef{
			{Name: "_capacity_bits", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
				return object.NewInt(t, int64(1600-8*k.rateBytes)), nil
			}},
			{Name: "_rate_bits", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
				return object.NewInt(t, int64(8*k.rateBytes)), nil
			}},
			{Name: "_suffix", Get: func(t *object.Thread, o *object.Object) (*object.Object, error) {
				return object.NewBytes(t, []byte{k.suffix}), nil
			}},
		})
		hashobj.MakeCallable(k.typ, k.alg)
	}
}

func newModule(st *vm.State) (*object.Object, error) {
	types := map[string]*object.Type{}
	for _, k := range kinds {
		types[k.name] = k.typ
	}
	m, err := hashobj.NewModule(st, "_sha3", nil, types)
	if err != nil {
		return nil, err
	}
	t := st.Thread()
	d := object.Cast[vm.Module](m).Dict
	impl := object.NewStr(t, "ftpy (Go crypto/sha3)")
	d.SetStr(t, object.Intern("implementation"), impl)
	t.Decref(impl)
	opt := object.NewInt(t, 64)
	d.SetStr(t, object.Intern("keccakopt"), opt)
	t.Decref(opt)
	return m, nil
}
