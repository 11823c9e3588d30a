// Package sha1 implements CPython's _sha1 module (hashlib's fallback
// when there is no OpenSSL): sha1() and its type, on crypto/sha1.
package sha1

import (
	"crypto/sha1"

	"github.com/ftpy/ftpy/lib/internal/hashobj"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_sha1", newModule) }

var (
	alg   = &hashobj.Algorithm{Name: "sha1", DigestSize: sha1.Size, BlockSize: sha1.BlockSize, New: sha1.New}
	typ   = hashobj.NewType("sha1", "_sha1", nil)
	funcs = []object.MethodDef{hashobj.Constructor("sha1", typ, alg)}
)

func newModule(st *vm.State) (*object.Object, error) {
	return hashobj.NewModule(st, "_sha1", funcs, map[string]*object.Type{"SHA1Type": typ})
}
