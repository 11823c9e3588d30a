// Package md5 implements CPython's _md5 module (hashlib's fallback when
// there is no OpenSSL): md5() and its type, on crypto/md5.
package md5

import (
	"crypto/md5"

	"github.com/ftpy/ftpy/lib/internal/hashobj"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("_md5", newModule) }

var (
	alg   = &hashobj.Algorithm{Name: "md5", DigestSize: md5.Size, BlockSize: md5.BlockSize, New: md5.New}
	typ   = hashobj.NewType("md5", "_md5", nil)
	funcs = []object.MethodDef{hashobj.Constructor("md5", typ, alg)}
)

func newModule(st *vm.State) (*object.Object, error) {
	return hashobj.NewModule(st, "_md5", funcs, map[string]*object.Type{"MD5Type": typ})
}
