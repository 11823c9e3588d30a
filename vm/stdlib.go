// This file finds CPython 3.11's standard library, which ftpy runs as its
// own: every module CPython writes in Python comes from there, and ftpy
// writes in Go only what CPython writes in C.

package vm

import (
	"os"
	"path/filepath"
)

// StdlibVersion is the CPython version whose Lib ftpy runs.
const StdlibVersion = "3.11"

// stdlibCandidates are the places a CPython 3.11 Lib is usually
// installed, in the order they are tried.
var stdlibCandidates = []string{
	"/usr/lib/python" + StdlibVersion,       // Debian, Ubuntu, Fedora
	"/usr/local/lib/python" + StdlibVersion, // built from source
	"/usr/lib64/python" + StdlibVersion,     // some RPM distributions
	"/opt/homebrew/opt/python@" + StdlibVersion + "/Frameworks/Python.framework/Versions/" + StdlibVersion + "/lib/python" + StdlibVersion,
	"/usr/local/opt/python@" + StdlibVersion + "/Frameworks/Python.framework/Versions/" + StdlibVersion + "/lib/python" + StdlibVersion,
}

// StdlibHint is what an ImportError for a Lib module adds when no Lib
// was found.
const StdlibHint = "ftpy found no CPython " + StdlibVersion + " standard library: install it " +
	"(Debian: apt-get install libpython" + StdlibVersion + "-stdlib) or set FTPY_STDLIB to its directory"

// FindStdlib returns the directory of CPython 3.11's Lib: the directory
// FTPY_STDLIB names (getenv reads the environment; nil skips it, as -E
// and -I do), else the first usual install location that holds one; ""
// when there is none.
func FindStdlib(getenv func(string) string) string {
	if getenv != nil {
		if dir := getenv("FTPY_STDLIB"); dir != "" {
			if IsStdlib(dir) {
				return filepath.Clean(dir)
			}
			return ""
		}
	}
	for _, dir := range stdlibCandidates {
		if IsStdlib(dir) {
			return dir
		}
	}
	return ""
}

// stdlibMarkers are the files whose presence says a directory holds a
// CPython Lib.
var stdlibMarkers = []string{"os.py", "importlib/_bootstrap.py", "importlib/_bootstrap_external.py"}

// IsStdlib reports whether dir holds a CPython Lib: its os.py and the
// import system's source.
func IsStdlib(dir string) bool {
	for _, f := range stdlibMarkers {
		if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(f))); err != nil {
			return false
		}
	}
	return true
}

// StdlibPrefix returns sys.prefix for a Lib directory: the directory
// above lib/python3.11 ("/usr" for "/usr/lib/python3.11"), or the Lib's
// parent when it is laid out differently.
func StdlibPrefix(lib string) string {
	parent := filepath.Dir(lib)
	if filepath.Base(parent) == "lib" || filepath.Base(parent) == "lib64" {
		return filepath.Dir(parent)
	}
	return parent
}
