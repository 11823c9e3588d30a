// This file lets an interpreter take CPython's Lib from a Go fs.FS (an
// embed.FS a program ships in its binary, say) instead of a directory.
// CPython's own path-based importer reads only the OS's files, so, as
// CPython does for zip files with zipimport, an importer of ftpy's own
// goes first on sys.path_hooks: it claims the sys.path entries under
// StdlibFSRoot and finds modules and packages in the FS, and its loader
// is CPython's SourceFileLoader with the reads redirected to the FS, so
// that compiling, executing, get_source and is_package are CPython's.
// Files are named StdlibFSRoot + "/" + their path in the FS (tracebacks
// show "/<ftpy-stdlib>/json/decoder.py"), and linecache finds their source
// through the loader. importlib.resources and code that opens files next
// to a module with open() see no files there, as with zipimport.

package vm

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/ftpy/ftpy/object"
)

// StdlibFSRoot is the directory name an fs.FS Lib appears under, on
// sys.path and in its modules' __file__.
const StdlibFSRoot = "/<ftpy-stdlib>"

// IsStdlibFS reports whether fsys holds a CPython Lib (as IsStdlib for a
// directory).
func IsStdlibFS(fsys fs.FS) bool {
	for _, f := range stdlibMarkers {
		if st, err := fs.Stat(fsys, f); err != nil || st.IsDir() {
			return false
		}
	}
	return true
}

// StdlibFiles returns the interpreter's Lib as an fs.FS, whether it is a
// directory or an FS; nil without a Lib.
func (in *Interp) StdlibFiles() fs.FS {
	switch {
	case in.StdlibFS != nil:
		return in.StdlibFS
	case in.Stdlib != "":
		return os.DirFS(in.Stdlib)
	}
	return nil
}

// readStdlib reads the file at rel (slash-separated) in the Lib.
func (in *Interp) readStdlib(rel string) ([]byte, error) {
	if in.StdlibFS != nil {
		return fs.ReadFile(in.StdlibFS, rel)
	}
	return os.ReadFile(filepath.Join(in.Stdlib, filepath.FromSlash(rel)))
}

// stdlibFSName returns the FS path of a file name under StdlibFSRoot, and
// whether it is one.
func stdlibFSName(name string) (string, bool) {
	if name == StdlibFSRoot {
		return ".", true
	}
	rel, ok := strings.CutPrefix(name, StdlibFSRoot+"/")
	if !ok || !fs.ValidPath(rel) {
		return "", false
	}
	return rel, true
}

// stdlibFSImporter is the importer's Python side. _read and _kind are Go
// functions (newStdlibFSModule); everything else is importlib's own.
const stdlibFSImporter = `
import sys
import _frozen_importlib as _bootstrap
import _frozen_importlib_external as _external

class StdlibFSLoader(_external.SourceFileLoader):
    """SourceFileLoader reading from the interpreter's fs.FS Lib."""

    def get_data(self, path):
        return _read(path)

    def set_data(self, path, data, *, _mode=0o666):
        pass


class StdlibFSFinder:
    """A path entry finder for the directories of an fs.FS Lib."""

    def __init__(self, path):
        if _kind(path) != 'dir':
            raise ImportError('not a directory of the embedded Lib', path=path)
        self.path = path

    def invalidate_caches(self):
        pass

    def find_spec(self, fullname, target=None):
        base = self.path + '/' + fullname.rpartition('.')[2]
        is_dir = _kind(base) == 'dir'
        if is_dir and _kind(base + '/__init__.py') == 'file':
            return self._spec(fullname, base + '/__init__.py', [base])
        if _kind(base + '.py') == 'file':
            return self._spec(fullname, base + '.py', None)
        if is_dir:
            spec = _bootstrap.ModuleSpec(fullname, None)
            spec.submodule_search_locations = [base]
            return spec
        return None

    def _spec(self, fullname, filename, locations):
        loader = StdlibFSLoader(fullname, filename)
        return _external.spec_from_file_location(
            fullname, filename, loader=loader,
            submodule_search_locations=locations)

    def __repr__(self):
        return 'StdlibFSFinder(%r)' % self.path


sys.path_hooks.insert(0, StdlibFSFinder)
sys.path_importer_cache.clear()
`

// installStdlibFSImporter puts the fs.FS importer first on
// sys.path_hooks; InitImport calls it once importlib is installed.
func (st *State) installStdlibFSImporter() error {
	t := st.t
	fsys := st.interp.StdlibFS
	m := st.NewModule("_ftpy_stdlibfs")
	defer t.Decref(m.Obj())
	read := func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_read", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsStr(args[0]) {
			return nil, t.Errorf(object.TypeErrorType, "_read() argument must be str, not %s", args[0].Type().Name)
		}
		name := object.StrValue(args[0])
		rel, ok := stdlibFSName(name)
		if !ok {
			return nil, object.NewOSError(t, int(syscall.ENOENT), "No such file or directory", args[0])
		}
		b, err := fs.ReadFile(fsys, rel)
		if errors.Is(err, fs.ErrNotExist) {
			return nil, object.NewOSError(t, int(syscall.ENOENT), "No such file or directory", args[0])
		} else if err != nil {
			return nil, object.OSErrorFromGo(t, err, name)
		}
		return object.NewBytes(t, b), nil
	}
	kind := func(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "_kind", args, kw, 1, 1); err != nil {
			return nil, err
		}
		if !object.IsStr(args[0]) {
			return object.None, nil
		}
		rel, ok := stdlibFSName(object.StrValue(args[0]))
		if !ok {
			return object.None, nil
		}
		info, err := fs.Stat(fsys, path.Clean(rel))
		switch {
		case err != nil:
			return object.None, nil
		case info.IsDir():
			return object.NewStr(t, "dir"), nil
		}
		return object.NewStr(t, "file"), nil
	}
	for _, f := range []object.MethodDef{{Name: "_read", Fn: read}, {Name: "_kind", Fn: kind}} {
		fn := &object.NewBuiltinFunction(t, &f, nil).Object
		m.Dict.SetStr(t, object.Intern(f.Name), fn)
		t.Decref(fn)
	}
	return st.RunFrozen("ftpy stdlibfs", []byte(stdlibFSImporter), m.Dict)
}
