package main

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/ftpy/ftpy/vm"
)

// stdlibExcluded are the modules of CPython 3.11's Lib that the import
// test leaves out, and why.
var stdlibExcluded = map[string]string{
	// GUI and terminal UI: Tk and curses are C libraries ftpy has no
	// binding for.
	"tkinter": "GUI", "turtle": "GUI", "turtledemo": "GUI", "idlelib": "GUI",
	"curses": "C library", "_curses": "C library", "_curses_panel": "C library",
	// dbm's back ends and ctypes are C libraries too.
	"dbm": "C library", "_dbm": "C library", "_gdbm": "C library",
	"ctypes": "C FFI", "_ctypes": "C FFI", "_ctypes_test": "C FFI",
	// Installers and the Python 2 converter, not run by programs.
	"ensurepip": "installer", "venv": "installer", "lib2to3": "Python 2 tool",
	// Windows-only.
	"msilib": "Windows", "_msi": "Windows", "winreg": "Windows", "winsound": "Windows",
	"msvcrt": "Windows", "_winapi": "Windows", "nt": "Windows", "_overlapped": "Windows",
	// CPython's own test support and C-API test modules (the test
	// package is the conformance suite's business), and the frozen
	// hello-world modules.
	"test": "test support", "_testcapi": "test support", "_testinternalcapi": "test support",
	"_testbuffer": "test support", "_testclinic": "test support", "_testimportmultiple": "test support",
	"_testmultiphase": "test support", "_xxtestfuzz": "test support", "xxlimited": "test support",
	"xxlimited_35": "test support", "xxsubtype": "test support", "_xxsubinterpreters": "test support",
	"__hello__": "test support", "__phello__": "test support",
	// Opens a web browser when imported.
	"antigravity": "side effect",
}

// debianBuiltins is sys.builtin_module_names of Debian's python3.11:
// the C modules its binary has built in (the rest are in lib-dynload or
// the Lib).
var debianBuiltins = strings.Fields(`_abc _ast _bisect _blake2 _codecs _collections _csv _datetime
	_elementtree _functools _heapq _imp _io _locale _md5 _opcode _operator _pickle _posixsubprocess
	_random _sha1 _sha256 _sha3 _sha512 _signal _socket _sre _stat _statistics _string _struct
	_symtable _thread _tokenize _tracemalloc _warnings _weakref array atexit binascii builtins cmath
	errno faulthandler fcntl gc grp itertools marshal math posix pwd pyexpat select spwd sys syslog
	time unicodedata zlib`)

// stdlibModules lists the top-level modules of the Lib in dir (its .py
// files and its packages), and apart the C modules CPython builds for it
// (its lib-dynload extensions and Debian's built-in modules), less the
// excluded ones, each sorted.
func stdlibModules(dir string) (lib, cmods []string) {
	seen := map[string]bool{}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		n := e.Name()
		switch {
		case strings.HasSuffix(n, ".py"):
			lib = append(lib, strings.TrimSuffix(n, ".py"))
		case e.IsDir() && !strings.Contains(n, "-"):
			if _, err := os.Stat(filepath.Join(dir, n, "__init__.py")); err == nil {
				lib = append(lib, n)
			}
		}
	}
	for _, n := range lib {
		seen[n] = true
	}
	dyn, _ := os.ReadDir(filepath.Join(dir, "lib-dynload"))
	for _, e := range dyn {
		if name, _, ok := strings.Cut(e.Name(), "."); ok && !seen[name] {
			seen[name] = true
			cmods = append(cmods, name)
		}
	}
	for _, n := range debianBuiltins {
		if !seen[n] {
			seen[n] = true
			cmods = append(cmods, n)
		}
	}
	keep := func(names []string) []string {
		names = slices.DeleteFunc(names, func(n string) bool { return stdlibExcluded[n] != "" })
		sort.Strings(names)
		return names
	}
	return keep(lib), keep(cmods)
}

const stdlibImportsFile = "testdata/stdlib_imports.txt"

// TestImportStdlib imports every top-level module of CPython 3.11's Lib
// (less stdlibExcluded), each in a fresh ftpy process, and compares the
// outcome with the record in testdata/stdlib_imports.txt: a module the
// record says imports must import; one that newly imports is reported
// (go test -run TestImportStdlib -update rewrites the record). No import
// may end in a recovered Go panic. The share that imports is logged.
func TestImportStdlib(t *testing.T) {
	lib := vm.FindStdlib(os.Getenv)
	if lib == "" {
		t.Skip("no CPython 3.11 Lib installed (" + vm.StdlibHint + ")")
	}
	if testing.Short() || raceEnabled {
		t.Skip("imports every Lib module in its own process")
	}
	libNames, cNames := stdlibModules(lib)
	names := append(slices.Clone(libNames), cNames...)
	results := make([]string, len(names))
	var wg sync.WaitGroup
	work := make(chan int)
	for range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				results[i] = importOutcome(names[i])
			}
		}()
	}
	for i := range names {
		work <- i
	}
	close(work)
	wg.Wait()

	var record bytes.Buffer
	record.WriteString("# Which of CPython 3.11's Lib modules (then its C modules) import on ftpy:\n" +
		"# cd cmd/ftpy && go test -run TestImportStdlib -args -update rewrites this record.\n")
	libOK, cOK := 0, 0
	got := map[string]string{}
	for i, n := range names {
		got[n] = results[i]
		if isOK(results[i]) {
			if i < len(libNames) {
				libOK++
			} else {
				cOK++
			}
		}
		fmt.Fprintf(&record, "%s %s\n", n, results[i])
		if strings.Contains(results[i], "Go panic") {
			t.Errorf("import %s: %s", n, results[i])
		}
	}
	t.Logf("%d of %d Lib modules import (%.1f%%); %d of %d C modules", libOK, len(libNames),
		100*float64(libOK)/float64(len(libNames)), cOK, len(cNames))
	if *update {
		if err := os.WriteFile(stdlibImportsFile, record.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(stdlibImportsFile)
	if err != nil {
		t.Fatalf("%v (run go test -run TestImportStdlib -update)", err)
	}
	var newly []string
	for _, line := range strings.Split(strings.TrimSpace(string(want)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		name, outcome, _ := strings.Cut(line, " ")
		switch {
		case isOK(outcome) && !isOK(got[name]) && got[name] != "":
			t.Errorf("import %s no longer works: %s", name, got[name])
		case !isOK(outcome) && isOK(got[name]):
			newly = append(newly, name)
		}
	}
	if len(newly) > 0 {
		slices.Sort(newly)
		t.Logf("newly importing (update the record with -update): %s", strings.Join(newly, " "))
	}
}

// importOutcome imports module name in a fresh ftpy process without
// site and returns "ok" or the last line of its error output.
func importOutcome(name string) string {
	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	// __import__ rather than an import statement: some names
	// (_sysconfigdata__x86_64-linux-gnu) are not identifiers.
	src := fmt.Sprintf("__import__(%q)", name)
	cmd := exec.CommandContext(ctx, os.Args[0], "-S", "-c", src)
	cmd.Env = append(os.Environ(), "FTPY_TEST_COMMAND=1", "FTPY_IMPORTLIB=1")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if ctx.Err() != nil {
		return "FAIL: timed out"
	}
	if err == nil {
		return "ok"
	}
	msg := lastLine(stderr.String())
	// A module that fails the same way in CPython (genericpath imported
	// first, under -S) is conforming: it counts as ok.
	if py, err := exec.LookPath("python3"); err == nil {
		var pyErr bytes.Buffer
		cmd := exec.CommandContext(ctx, py, "-S", "-c", src)
		cmd.Stderr = &pyErr
		if cmd.Run() != nil && lastLine(pyErr.String()) == msg {
			return "ok (fails in CPython too: " + msg + ")"
		}
	}
	return "FAIL: " + msg
}

// isOK reports whether an outcome is an import that behaves as CPython's.
func isOK(outcome string) bool { return strings.HasPrefix(outcome, "ok") }

// lastLine returns the last line of a traceback.
func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
