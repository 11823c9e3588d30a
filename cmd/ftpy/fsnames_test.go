package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ftpy/ftpy/vm"
)

// fsnamesScript prints what a script run under a name that is not UTF-8
// sees: __file__, sys.argv, sys.path[0], a module imported from its
// directory, stdin read by input() and sys.stdin (surrogateescape under
// the C.UTF-8 locale), then a traceback naming the script.
const fsnamesScript = `import sys, os
import fsmod
print(ascii(os.path.basename(__file__)), ascii(sys.argv[1:]), ascii(os.path.basename(sys.path[0])))
print(ascii(os.path.basename(fsmod.__file__)), ascii(os.path.basename(os.path.dirname(fsmod.__file__))))
print(ascii(input()), ascii(sys.stdin.read()))
print(os.path.exists(__file__), os.path.exists(sys.path[0]), ascii(sorted(n for n in os.listdir(sys.path[0]) if n != '__pycache__')))
raise ValueError(os.path.basename(__file__))
`

// TestNonUTF8ScriptName runs a script whose directory and file names
// are not UTF-8 with an argument that is not UTF-8 either, and compares
// with python3 (the want below is its output).
func TestNonUTF8ScriptName(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "d\xff")
	if err := os.Mkdir(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	script := filepath.Join(dir, "s\xfe.py")
	for name, src := range map[string]string{script: fsnamesScript, filepath.Join(dir, "fsmod.py"): "pass\n"} {
		if err := os.WriteFile(name, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if vm.StdioErrors() != "surrogateescape" {
		t.Skip("stdin decodes strictly outside the C locale")
	}
	const stdin = "a\xffb\nc\xfe\n"
	var stdout, stderr bytes.Buffer
	p := &program{filename: script, src: []byte(fsnamesScript), argv: []string{script, "x\xfd"}, scriptDir: dir,
		stdout: &stdout, stderr: &stderr, stdin: strings.NewReader(stdin)}
	code := p.run()
	parent := filepath.Dir(dir)
	got := strings.ReplaceAll(stdout.String()+stderr.String(), parent, "$DIR")
	want := `'s\udcfe.py' ['x\udcfd'] 'd\udcff'
'fsmod.py' 'd\udcff'
'a\udcffb' 'c\udcfe\n'
True True ['fsmod.py', 's\udcfe.py']
Traceback (most recent call last):
  File "$DIR/d\udcff/s\udcfe.py", line 7, in <module>
    raise ValueError(os.path.basename(__file__))
ValueError: s\udcfe.py
`
	if code != 1 || got != want {
		t.Errorf("exit %d, output:\n%s\nwant exit 1, output:\n%s", code, got, want)
	}
	if py, err := exec.LookPath("python3"); err == nil {
		cmd := exec.Command(py, script, "x\xfd")
		cmd.Stdin = strings.NewReader(stdin)
		out, _ := cmd.CombinedOutput()
		if s := strings.ReplaceAll(string(out), parent, "$DIR"); s != want {
			t.Errorf("python3 gives:\n%s", s)
		}
	}
}
