// This file holds the built-in functions' doc strings: CPython's
// signature line and the first paragraph of its text, which help() and
// inspect.signature read.

package vm

import "sync"

// builtinDocs maps a built-in function's name to its doc string, in the
// "name(signature)\n--\n\ntext" form that __text_signature__ and
// __doc__ are split from (object.MethodDef.Doc).
var builtinDocs = map[string]string{
	"abs":        "abs($module, x, /)\n--\n\nReturn the absolute value of the argument.",
	"aiter":      "aiter($module, async_iterable, /)\n--\n\nReturn an AsyncIterator for an AsyncIterable object.",
	"all":        "all($module, iterable, /)\n--\n\nReturn True if bool(x) is True for all values x in the iterable.",
	"anext":      "anext($module, aiterator, default=<unrepresentable>, /)\n--\n\nasync anext(aiterator[, default])",
	"any":        "any($module, iterable, /)\n--\n\nReturn True if bool(x) is True for any x in the iterable.",
	"ascii":      "ascii($module, obj, /)\n--\n\nReturn an ASCII-only representation of an object.",
	"bin":        "bin($module, number, /)\n--\n\nReturn the binary representation of an integer.",
	"breakpoint": "breakpoint(*args, **kws)\n\nCall sys.breakpointhook(*args, **kws).  sys.breakpointhook() must accept\nwhatever arguments are passed.",
	"callable":   "callable($module, obj, /)\n--\n\nReturn whether the object is callable (i.e., some kind of function).",
	"chr":        "chr($module, i, /)\n--\n\nReturn a Unicode string of one character with ordinal i; 0 <= i <= 0x10ffff.",
	"compile":    "compile($module, /, source, filename, mode, flags=0,\n        dont_inherit=False, optimize=-1, *, _feature_version=-1)\n--\n\nCompile source into a code object that can be executed by exec() or eval().",
	"delattr":    "delattr($module, obj, name, /)\n--\n\nDeletes the named attribute from the given object.",
	"dir":        "dir([object]) -> list of strings\n\nIf called without an argument, return the names in the current scope.\nElse, return an alphabetized list of names comprising (some of) the attributes\nof the given object, and of attributes reachable from it.\nIf the object supplies a method named __dir__, it will be used; otherwise\nthe default dir() logic is used and returns:\n  for a module object: the module's attributes.\n  for a class object:  its attributes, and recursively the attributes\n    of its bases.\n  for any other object: its attributes, its class's attributes, and\n    recursively the attributes of its class's base classes.",
	"divmod":     "divmod($module, x, y, /)\n--\n\nReturn the tuple (x//y, x%y).  Invariant: div*y + mod == x.",
	"eval":       "eval($module, source, globals=None, locals=None, /)\n--\n\nEvaluate the given source in the context of globals and locals.",
	"exec":       "exec($module, source, globals=None, locals=None, /, *, closure=None)\n--\n\nExecute the given source in the context of globals and locals.",
	"format":     "format($module, value, format_spec='', /)\n--\n\nReturn value.__format__(format_spec)",
	"getattr":    "getattr(object, name[, default]) -> value\n\nGet a named attribute from an object; getattr(x, 'y') is equivalent to x.y.\nWhen a default argument is given, it is returned when the attribute doesn't\nexist; without it, an exception is raised in that case.",
	"globals":    "globals($module, /)\n--\n\nReturn the dictionary containing the current scope's global variables.",
	"hasattr":    "hasattr($module, obj, name, /)\n--\n\nReturn whether the object has an attribute with the given name.",
	"hash":       "hash($module, obj, /)\n--\n\nReturn the hash value for the given object.",
	"hex":        "hex($module, number, /)\n--\n\nReturn the hexadecimal representation of an integer.",
	"id":         "id($module, obj, /)\n--\n\nReturn the identity of an object.",
	"input":      "input($module, prompt='', /)\n--\n\nRead a string from standard input.  The trailing newline is stripped.",
	"isinstance": "isinstance($module, obj, class_or_tuple, /)\n--\n\nReturn whether an object is an instance of a class or of a subclass thereof.",
	"issubclass": "issubclass($module, cls, class_or_tuple, /)\n--\n\nReturn whether 'cls' is derived from another class or is the same class.",
	"iter":       "iter(iterable) -> iterator\niter(callable, sentinel) -> iterator\n\nGet an iterator from an object.  In the first form, the argument must\nsupply its own iterator, or be a sequence.\nIn the second form, the callable is called until it returns the sentinel.",
	"len":        "len($module, obj, /)\n--\n\nReturn the number of items in a container.",
	"locals":     "locals($module, /)\n--\n\nReturn a dictionary containing the current scope's local variables.",
	"max":        "max(iterable, *[, default=obj, key=func]) -> value\nmax(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its biggest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the largest argument.",
	"min":        "min(iterable, *[, default=obj, key=func]) -> value\nmin(arg1, arg2, *args, *[, key=func]) -> value\n\nWith a single iterable argument, return its smallest item. The\ndefault keyword-only argument specifies an object to return if\nthe provided iterable is empty.\nWith two or more arguments, return the smallest argument.",
	"next":       "next(iterator[, default])\n\nReturn the next item from the iterator. If default is given and the iterator\nis exhausted, it is returned instead of raising StopIteration.",
	"oct":        "oct($module, number, /)\n--\n\nReturn the octal representation of an integer.",
	"open":       "open($module, /, file, mode='r', buffering=-1, encoding=None,\n     errors=None, newline=None, closefd=True, opener=None)\n--\n\nOpen file and return a stream.  Raise OSError upon failure.",
	"ord":        "ord($module, c, /)\n--\n\nReturn the Unicode code point for a one-character string.",
	"pow":        "pow($module, /, base, exp, mod=None)\n--\n\nEquivalent to base**exp with 2 arguments or base**exp % mod with 3 arguments",
	"print":      "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\nPrints the values to a stream, or to sys.stdout by default.",
	"repr":       "repr($module, obj, /)\n--\n\nReturn the canonical string representation of the object.",
	"round":      "round($module, /, number, ndigits=None)\n--\n\nRound a number to a given precision in decimal digits.",
	"setattr":    "setattr($module, obj, name, value, /)\n--\n\nSets the named attribute on the given object to the specified value.",
	"sorted":     "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\nReturn a new list containing all items from the iterable in ascending order.",
	"sum":        "sum($module, iterable, /, start=0)\n--\n\nReturn the sum of a 'start' value (default: 0) plus an iterable of numbers",
	"vars":       "vars([object]) -> dictionary\n\nWithout arguments, equivalent to locals().\nWith an argument, equivalent to object.__dict__.",
}

// applyBuiltinDocs gives the built-in functions without a doc string
// theirs. It runs once, when the first interpreter installs its builtins:
// by then every file's init has added its functions to builtinFuncs.
var applyBuiltinDocs = sync.OnceFunc(func() {
	for i := range builtinFuncs {
		if f := &builtinFuncs[i]; f.Doc == "" {
			f.Doc = builtinDocs[f.Name]
		}
	}
})
