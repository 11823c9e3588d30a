// Command ftpy is the ftpy command-line tool.
//
// The interpreter is not wired in yet; today the tool runs the object
// core's scaling demonstration:
//
//	ftpy corebench [-threads N] [-iters K]
//
// It loads one shared object onto the value stack and drops it again, the
// reference traffic of `LOAD_GLOBAL f` in a loop, from 1 thread and from N
// threads, for an object that uses deferred reference counting, one that
// is immortal, and an ordinary counted one, and prints the speedup of N
// threads over one (ideal: N).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
)

func main() {
	if len(os.Args) < 2 {
		usage()
	}
	switch os.Args[1] {
	case "-c":
		if len(os.Args) < 3 {
			fmt.Fprintln(os.Stderr, "Argument expected for the -c option")
			os.Exit(2)
		}
		p := &program{filename: "<string>", src: []byte(os.Args[2]), argv: append([]string{"-c"}, os.Args[3:]...),
			scriptDir: ".", stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin}
		os.Exit(p.run())
	case "corebench":
		fs := flag.NewFlagSet("corebench", flag.ExitOnError)
		threads := fs.Int("threads", runtime.NumCPU(), "number of threads")
		iters := fs.Int("iters", 20_000_000, "iterations per thread")
		fs.Parse(os.Args[2:])
		if *threads < 1 || *iters < 1 {
			fmt.Fprintln(os.Stderr, "ftpy corebench: -threads and -iters must be positive")
			os.Exit(2)
		}
		runCoreBench(os.Stdout, *threads, *iters)
	default:
		src, name, err := readSource(os.Args[1])
		if err != nil {
			fmt.Fprintf(os.Stderr, "ftpy: %v\n", err)
			os.Exit(2)
		}
		p := &program{filename: name, src: src, argv: os.Args[1:], scriptDir: filepath.Dir(name),
			stdout: os.Stdout, stderr: os.Stderr, stdin: os.Stdin}
		os.Exit(p.run())
	}
}

func usage() {
	fmt.Fprintln(os.Stderr, "usage: ftpy corebench [-threads N] [-iters K]")
	os.Exit(2)
}
