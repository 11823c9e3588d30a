// This file registers sys.getsizeof (vm/sizeof.go).

package sys

import (
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

var sizeofFuncs = []object.MethodDef{fn("getsizeof", vm.GetSizeOf)}
