// Command ftpy runs Python programs on ftpy's free-threaded runtime.
//
//	ftpy [-X name[=value]]... file.py [args]   run a script
//	ftpy -c "code" [args]                       run code from the command line
//	ftpy -                                      run code from standard input
//	ftpy -V                                     print the version
//	ftpy bench [-threads 1,2,4] [-scale K] [-json FILE] [-modes ...] [-only ...]
//	           [-runs R] [-stat min|median] [-ftscaling FILE]  (-h lists the workloads)
//	                                            the scaling suite, in each runtime mode
//	ftpy corebench [-threads N] [-iters K]      the object core's scaling demonstration
//
// -X options: gil=0|1 (also PYTHON_GIL; -X wins) selects GIL mode;
// deferred=0 stops the runtime from deferring its own objects; dis prints
// the bytecode instead of running the program; cpuprofile=FILE writes a
// Go CPU profile of the run (read it with go tool pprof).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"runtime/pprof"
	"strings"
	"unicode/utf8"

	_ "github.com/ftpy/ftpy/ext/testext"
	_ "github.com/ftpy/ftpy/lib/all"
	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

const version = "ftpy 0.1 (Python 3.11 compatible)"

func main() {
	tuneGC()
	ignoreSIGPIPE()
	exit(ftpyMain(os.Args[1:]))
}

// tuneGC lets Go's heap grow to 5 times what survives a collection
// (GOGC=400) unless GOGC is set. Reference counting frees most objects
// the moment they die, so Go's collector only reclaims what counting
// leaves it (strings' bytes, objects without free lists); but Python
// programs keep small heaps, and at the default GOGC=100 the collector
// ran so often that it took a third of allocation-heavy loops (string
// concatenation 143 -> 94 ns, sorted() of 6 items 90 -> 45 ns).
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

func usageError(format string, args ...any) int {
	fmt.Fprintf(os.Stderr, format+"\n", args...)
	fmt.Fprintln(os.Stderr, "usage: ftpy [-X opt] [-c cmd | file | -] [arg] ...")
	return 2
}

func ftpyMain(args []string) int {
	defer pprof.StopCPUProfile() // a no-op unless -X cpuprofile started one
	if len(args) > 0 && args[0] == "bench" {
		return runBench(args[1:], os.Stdout, os.Stderr)
	}
	if len(args) > 0 && args[0] == "corebench" {
		fs := flag.NewFlagSet("corebench", flag.ExitOnError)
		threads := fs.Int("threads", runtime.NumCPU(), "number of threads")
		iters := fs.Int("iters", 20_000_000, "iterations per thread")
		fs.Parse(args[1:])
		if *threads < 1 || *iters < 1 {
			return usageError("ftpy corebench: -threads and -iters must be positive")
		}
		runCoreBench(os.Stdout, *threads, *iters)
		return 0
	}
	xopts := map[string]string{}
	var flags vm.Flags
	newProgram := func(filename string, src []byte, argv []string, scriptDir string) *program {
		return &program{filename: filename, src: src, argv: argv, scriptDir: scriptDir,
			stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin, dis: xflag(xopts, "dis"), interrupts: true,
			xopts: xopts, flags: flags}
	}
	for len(args) > 0 {
		a := args[0]
		switch {
		case a == "-V" || a == "--version":
			fmt.Println(version)
			return 0
		case a == "-X" || a == "-W":
			if len(args) < 2 {
				return usageError("Argument expected for the %s option", a)
			}
			if a == "-X" {
				setXOption(xopts, args[1])
			} else {
				flags.WarnOptions = append(flags.WarnOptions, args[1])
			}
			args = args[2:]
			continue
		case strings.HasPrefix(a, "-X"):
			setXOption(xopts, a[2:])
		case strings.HasPrefix(a, "-W"):
			flags.WarnOptions = append(flags.WarnOptions, a[2:])
		case a == "-c":
			if len(args) < 2 {
				return usageError("Argument expected for the -c option")
			}
			if err := configure(xopts); err != nil {
				return configError(err)
			}
			if !utf8.ValidString(args[1]) {
				// As CPython: the command is decoded as os.fsdecode
				// does, then must encode back to UTF-8 strictly.
				_, err := codecs.UTF8.Encode(codecs.FSDecode(args[1]), "strict")
				fmt.Fprintf(os.Stderr, "Unable to decode the command from the command line:\nUnicodeEncodeError: %v\n", err)
				return 1
			}
			return newProgram("<string>", []byte(args[1]), append([]string{"-c"}, args[2:]...), "").run()
		case a == "-m" || strings.HasPrefix(a, "-m"):
			module := a[2:]
			rest := args[1:]
			if module == "" {
				if len(args) < 2 {
					return usageError("Argument expected for the -m option")
				}
				module, rest = args[1], args[2:]
			}
			if err := configure(xopts); err != nil {
				return configError(err)
			}
			p := newProgram("", nil, append([]string{"-m"}, rest...), "")
			p.module = module
			return p.run()
		case a == "-" || !strings.HasPrefix(a, "-"):
			if err := configure(xopts); err != nil {
				return configError(err)
			}
			src, name, err := readSource(a)
			if err != nil {
				fmt.Fprintf(os.Stderr, "ftpy: %v\n", err)
				return 2
			}
			dir := ""
			if name != "<stdin>" {
				name = absPath(name) // as CPython 3.9+, for __file__ and tracebacks
				dir = filepath.Dir(name)
			}
			return newProgram(name, src, args, dir).run()
		default:
			if !setFlags(&flags, a[1:]) {
				return usageError("Unknown option: %s", a)
			}
		}
		args = args[1:]
	}
	if err := configure(xopts); err != nil {
		return configError(err)
	}
	if isTerminal() {
		return runREPL(xopts)
	}
	// Standard input is not a terminal: run it as a script, as CPython does.
	src, name, err := readSource("-")
	if err != nil {
		fmt.Fprintf(os.Stderr, "ftpy: %v\n", err)
		return 2
	}
	return newProgram(name, src, []string{""}, "").run()
}

// setFlags sets the flags of a cluster of one-letter options ("-Es"
// gives "Es"), as CPython takes them; false for an unknown letter.
func setFlags(f *vm.Flags, cluster string) bool {
	if cluster == "" {
		return false
	}
	for _, c := range cluster {
		switch c {
		case 'E':
			f.IgnoreEnvironment = true
		case 'I':
			f.Isolated = true
		case 'S':
			f.NoSite = true
		case 's':
			f.NoUserSite = true
		case 'u':
			f.Unbuffered = true
		case 'P':
			f.SafePath = true
		case 'B':
			f.DontWriteBytecode = true
		case 'q':
			f.Quiet = true
		case 'i':
			f.Inspect = true
		case 'v':
			f.Verbose++
		case 'O':
			f.Optimize++
		case 'b':
			f.BytesWarning++
		default:
			return false
		}
	}
	return true
}

// setXOption records -X name=value; a bare -X name records "" (which
// sys._xoptions shows as True, as CPython does).
func setXOption(xopts map[string]string, opt string) {
	name, value, _ := strings.Cut(opt, "=")
	xopts[name] = value
}

// configure selects the runtime mode from the -X options, and starts
// the CPU profile that -X cpuprofile asks for (stopProfile ends it).
func configure(xopts map[string]string) error {
	if file := xopts["cpuprofile"]; file != "" {
		f, err := os.Create(file)
		if err != nil {
			return err
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
	}
	cfg := object.Config{}
	gil, ok := xopts["gil"]
	if !ok {
		gil = os.Getenv("PYTHON_GIL") // -X wins over the environment
		ok = gil != ""
	}
	switch {
	case !ok || gil == "0":
	case gil == "1":
		cfg.GIL = true
	default:
		return fmt.Errorf("-X gil=%s: value must be 0 or 1", gil)
	}
	if xopts["deferred"] == "0" {
		cfg.NoDefer = true
	}
	if err := configureIntMaxStrDigits(xopts); err != nil {
		return err
	}
	object.SetPanicStacks(xflag(xopts, "dev"))
	return object.Configure(cfg)
}

// xflag reports whether -X name was given (bare, or with a value other
// than 0).
func xflag(xopts map[string]string, name string) bool {
	v, ok := xopts[name]
	return ok && v != "0"
}
