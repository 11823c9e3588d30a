// Package all links every standard module ftpy implements into a program:
// import it for its side effect, as cmd/ftpy and the embedding package do.
package all

import (
	_ "github.com/ftpy/ftpy/lib/abc"
	_ "github.com/ftpy/ftpy/lib/argparse"
	_ "github.com/ftpy/ftpy/lib/bisect"
	_ "github.com/ftpy/ftpy/lib/cmath"
	_ "github.com/ftpy/ftpy/lib/codecsmodule"
	_ "github.com/ftpy/ftpy/lib/collections"
	_ "github.com/ftpy/ftpy/lib/contextlib"
	_ "github.com/ftpy/ftpy/lib/copy"
	_ "github.com/ftpy/ftpy/lib/dataclasses"
	_ "github.com/ftpy/ftpy/lib/functools"
	_ "github.com/ftpy/ftpy/lib/gc"
	_ "github.com/ftpy/ftpy/lib/heapq"
	_ "github.com/ftpy/ftpy/lib/io"
	_ "github.com/ftpy/ftpy/lib/itertools"
	_ "github.com/ftpy/ftpy/lib/json"
	_ "github.com/ftpy/ftpy/lib/math"
	_ "github.com/ftpy/ftpy/lib/operator"
	_ "github.com/ftpy/ftpy/lib/os"
	_ "github.com/ftpy/ftpy/lib/queue"
	_ "github.com/ftpy/ftpy/lib/random"
	_ "github.com/ftpy/ftpy/lib/string"
	_ "github.com/ftpy/ftpy/lib/sys"
	_ "github.com/ftpy/ftpy/lib/thread"
	_ "github.com/ftpy/ftpy/lib/threading"
	_ "github.com/ftpy/ftpy/lib/time"
	_ "github.com/ftpy/ftpy/lib/types"
	_ "github.com/ftpy/ftpy/lib/typing"
	_ "github.com/ftpy/ftpy/lib/weakref"
)
