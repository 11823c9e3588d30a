// Package sha256 implements CPython's _sha256 module (hashlib's fallback
// when there is no OpenSSL): sha224() and sha256() and their types, on
// crypto/sha256.
package sha256

import (
	"crypto/sha256"

	"github.com/ftpy/ftpy/lib/internal/hashobj"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_sha256", newModule) }

var (
	alg224 = &hashobj.Algorithm{Name: "sha224", DigestSize: sha256.Size224, BlockSize: sha256.BlockSize, New: sha256.New224}
	alg256 = &hashobj.Algorithm{Name: "sha256", DigestSize: sha256.Size, BlockSize: sha256.BlockSize, New: sha256.New}
	typ224 = hashobj.NewType("sha224", "_sha256", nil)
	typ256 = hashobj.NewType("sha256", "_sha256", nil)
	funcs  = []object.MethodDef{hashobj.Constructor("sha224", typ224, alg224), hashobj.Constructor("sha256", typ256, alg256)}
)

func newModule(st *vm.State) (*object.Object, error) {
	return hashobj.NewModule(st, "_sha256", funcs, map[string]*object.Type{"SHA224Type": typ224, "SHA256Type": typ256})
}
