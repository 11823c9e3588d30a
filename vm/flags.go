// This file defines the interpreter's command-line settings, which
// sys.flags shows and start-up (sys.path, site) follows.

package vm

// Flags are CPython's command-line flags that change how ftpy starts
// and runs (the fields of sys.flags, less those ftpy has no use for).
type Flags struct {
	IgnoreEnvironment bool     // -E: PYTHON* variables are ignored
	NoSite            bool     // -S: site is not imported
	NoUserSite        bool     // -s: the user's site-packages is not on sys.path
	Isolated          bool     // -I: -E, -s and -P together
	SafePath          bool     // -P: no script directory or '' on sys.path
	Unbuffered        bool     // -u: stdout and stderr unbuffered
	Inspect           bool     // -i
	Quiet             bool     // -q
	Verbose           int      // -v, counted
	Optimize          int      // -O, counted
	BytesWarning      int      // -b, counted
	DontWriteBytecode bool     // -B (ftpy never writes bytecode)
	WarnOptions       []string // -W options, then PYTHONWARNINGS' (sys.warnoptions)
}
