// Package fuzzing holds what the fuzz targets share: seed inputs for the
// targets that take Python source, and a watchdog that turns a hang into
// a crash the fuzzer records.
//
// The seeds are the .py files of an installed CPython standard library
// (its test suite included when installed). The files are read where they are
// at test time and never copied into the repository; when no library is
// installed the targets run on their own small seeds.
package fuzzing

import (
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
)

// MaxSize bounds the seeds (and the fuzz inputs the targets accept): a
// larger file adds little the smaller ones don't cover and slows every
// execution.
const MaxSize = 64 << 10

// LibDirs returns the standard library directories to read: those in
// $FTPY_FUZZ_PYLIB (a list of directories), or else the usual places of
// CPython 3.11's library.
func LibDirs() []string {
	if env := os.Getenv("FTPY_FUZZ_PYLIB"); env != "" {
		return filepath.SplitList(env)
	}
	var dirs []string
	for _, d := range []string{"/usr/lib/python3.11", "/usr/local/lib/python3.11"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// PythonFiles returns the paths of the .py files under dirs no larger than
// MaxSize, sorted, at most limit of them when limit > 0 (an even sample
// over the sorted list, so a small budget still sees every package).
// $FTPY_FUZZ_SEEDS, when a number, overrides limit (0: all).
func PythonFiles(dirs []string, limit int) []string {
	if env := os.Getenv("FTPY_FUZZ_SEEDS"); env != "" {
		if n, err := strconv.Atoi(env); err == nil {
			limit = n
		}
	}
	seen := map[string]bool{}
	var files []string
	for _, dir := range dirs {
		filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil // unreadable parts are skipped, not fatal
			}
			if d.IsDir() {
				if name := d.Name(); name == "__pycache__" || name == "site-packages" || name == "dist-packages" {
					return filepath.SkipDir
				}
				return nil
			}
			if !strings.HasSuffix(path, ".py") || seen[path] {
				return nil
			}
			if info, err := d.Info(); err != nil || info.Size() > MaxSize || !info.Mode().IsRegular() {
				return nil
			}
			seen[path] = true
			files = append(files, path)
			return nil
		})
	}
	sort.Strings(files)
	if limit > 0 && len(files) > limit {
		sample := make([]string, 0, limit)
		for i := 0; i < limit; i++ {
			sample = append(sample, files[i*len(files)/limit])
		}
		files = sample
	}
	return files
}

// Sources reads PythonFiles(LibDirs(), limit) and returns their contents.
func Sources(limit int) [][]byte {
	var out [][]byte
	for _, path := range PythonFiles(LibDirs(), limit) {
		if b, err := os.ReadFile(path); err == nil {
			out = append(out, b)
		}
	}
	return out
}

// Fuzzing reports whether the test binary runs a fuzz target (go test
// -fuzz) rather than only its seeds as a plain test.
func Fuzzing() bool {
	f := flag.Lookup("test.fuzz")
	return f != nil && f.Value.String() != ""
}
