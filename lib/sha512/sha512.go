// Package sha512 implements CPython's _sha512 module (hashlib's fallback
// when there is no OpenSSL): sha384() and sha512() and their types, on
// crypto/sha512.
package sha512

import (
	"crypto/sha512"

	"github.com/ftpy/ftpy/lib/internal/hashobj"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_sha512", newModule) }

var (
	alg384 = &hashobj.Algorithm{Name: "sha384", DigestSize: sha512.Size384, BlockSize: sha512.BlockSize, New: sha512.New384}
	alg512 = &hashobj.Algorithm{Name: "sha512", DigestSize: sha512.Size, BlockSize: sha512.BlockSize, New: sha512.New}
	typ384 = hashobj.NewType("sha384", "_sha512", nil)
	typ512 = hashobj.NewType("sha512", "_sha512", nil)
	funcs  = []object.MethodDef{hashobj.Constructor("sha384", typ384, alg384), hashobj.Constructor("sha512", typ512, alg512)}
)

// CPython 3.11's module names only the SHA-384 type.
func newModule(st *vm.State) (*object.Object, error) {
	return hashobj.NewModule(st, "_sha512", funcs, map[string]*object.Type{"SHA384Type": typ384})
}
