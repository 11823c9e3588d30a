package ftpy_test

import (
	"bytes"
	"context"
	"errors"
	"io/fs"
	"os"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/ftpy/ftpy"
	"github.com/ftpy/ftpy/vm"
)

// stdlibDir returns the CPython Lib the tests run with, or skips.
func stdlibDir(t *testing.T) string {
	t.Helper()
	lib := vm.FindStdlib(os.Getenv)
	if lib == "" {
		t.Skip("no CPython 3.11 Lib installed")
	}
	return lib
}

// onlyFS hides os.DirFS's other methods, so that the interpreter sees a
// plain fs.FS as an embed.FS would be.
type onlyFS struct{ fsys fs.FS }

func (o onlyFS) Open(name string) (fs.File, error) { return o.fsys.Open(name) }

// TestStdlibFS runs the Lib from an fs.FS: packages, submodules and
// relative imports, specs, linecache and source lines in tracebacks, and
// the error for a module that is nowhere.
func TestStdlibFS(t *testing.T) {
	lib := stdlibDir(t)
	var out bytes.Buffer
	in, err := ftpy.New(ftpy.Options{Stdout: &out, Stderr: &out, StdlibFS: onlyFS{os.DirFS(lib)}})
	if err != nil {
		t.Fatal(err)
	}
	src := `
import sys, json, collections, urllib.parse, importlib.util, linecache
print(json.dumps({"k": collections.Counter("aab")}))
print(json.__file__, json.__spec__.origin == json.__file__, json.__path__)
print(urllib.parse.urlsplit("http://h/p?q=1").query)
print(importlib.util.find_spec("textwrap").origin)
print(sys.path[-1], [type(f).__name__ for f in sys.path_hooks][:1])
print(linecache.getline(json.__file__, 1, json.__dict__).startswith('r"""JSON'))
import traceback
try:
    json.loads("{")
except ValueError:
    tb = traceback.format_exc()
print('json/decoder.py"' in tb, 'obj, end = self.scan_once(s, idx)' in tb)
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print(e)
`
	if err := in.Exec(context.Background(), "<test>", src); err != nil {
		t.Fatalf("%v\n%s", err, out.String())
	}
	want := `{"k": {"a": 2, "b": 1}}
/<ftpy-stdlib>/json/__init__.py True ['/<ftpy-stdlib>/json']
q=1
/<ftpy-stdlib>/textwrap.py
/<ftpy-stdlib> ['type']
True
True True
No module named 'no_such_module_here'
`
	if got := out.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestStdlibFSNotALib rejects an FS without a Lib, as Stdlib does a
// directory without one.
func TestStdlibFSNotALib(t *testing.T) {
	fsys := fstest.MapFS{"os.py": {Data: []byte("")}}
	if _, err := ftpy.New(ftpy.Options{StdlibFS: fsys}); !errors.Is(err, ftpy.ErrNoStdlib) {
		t.Errorf("New with an FS holding no Lib: %v, want ErrNoStdlib", err)
	}
	if _, err := ftpy.New(ftpy.Options{Stdlib: t.TempDir()}); !errors.Is(err, ftpy.ErrNoStdlib) {
		t.Errorf("New with a directory holding no Lib: %v, want ErrNoStdlib", err)
	}
}

// TestStdlibFSConcurrentImports imports from an fs.FS Lib on several
// goroutines at once: importlib's module locks and the FS importer's reads
// must give every goroutine whole modules.
func TestStdlibFSConcurrentImports(t *testing.T) {
	lib := stdlibDir(t)
	var out bytes.Buffer
	in, err := ftpy.New(ftpy.Options{Stdout: &out, Stderr: &out, StdlibFS: onlyFS{os.DirFS(lib)}})
	if err != nil {
		t.Fatal(err)
	}
	mods := []string{"json", "textwrap", "fractions", "urllib.parse", "string", "difflib"}
	errs := make(chan error, 4*len(mods))
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range mods {
				m := mods[(i+g)%len(mods)]
				src := "import " + m + "\nassert " + m + ".__file__.startswith('/<ftpy-stdlib>/'), " + m + ".__file__\n"
				if err := in.Exec(context.Background(), "<test>", src); err != nil {
					errs <- err
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("%v\n%s", err, out.String())
	}
}
