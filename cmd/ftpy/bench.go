// This file implements `ftpy bench`, the scaling suite: it runs the
// threaded workloads of bench/scaling.py in each runtime mode and reports,
// per workload and mode, the single-thread cost and the speedup with N
// threads (N * t1 / tN; ideal is N).

package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"

	"github.com/ftpy/ftpy/bench"
	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// benchMode is one way of running the runtime, chosen by -X options. The
// mode is fixed for a process, so each runs in a child process.
type benchMode struct {
	name  string
	xopts []string
}

var benchModes = []benchMode{
	{"free-threaded", nil},
	{"deferred=0", []string{"-X", "deferred=0"}},
	{"gil", []string{"-X", "gil=1"}},
}

// benchRecord is one measurement, as --json writes it.
type benchRecord struct {
	Workload string  `json:"workload"`
	Mode     string  `json:"mode"`
	Threads  int     `json:"threads"`
	T1       float64 `json:"t1_ns"`
	TN       float64 `json:"tn_ns"`
	Speedup  float64 `json:"speedup"`
	// CPUPerIt is the CPU time an iteration took with Threads threads
	// over its time with one: 1.00 when the threads do not slow each
	// other down, whether or not the machine gave them all a core (the
	// wall-clock speedup needs both).
	CPUPerIt float64 `json:"cpu_per_it"`
}

func runBench(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	threadsFlag := fs.String("threads", strconv.Itoa(runtime.NumCPU()), "thread counts to measure, comma-separated (e.g. 1,2,4,8,16)")
	scale := fs.Int("scale", 1000000, "loop iterations per thread and run")
	jsonFile := fs.String("json", "", "also write the results to `FILE` as JSON")
	plotFile := fs.String("plot", "", "also draw the speedups to `FILE` (PNG)")
	modesFlag := fs.String("modes", "free-threaded,deferred=0,gil", "modes to run, comma-separated")
	only := fs.String("only", "", "run only these workloads, comma-separated")
	runs := fs.Int("runs", 5, "timed runs per workload and thread count (each a 1-thread and an N-thread run)")
	stat := fs.String("stat", "min", "what to report of the runs: min (best 1-thread and N-thread times) or median (the median run's speedup and cpu/it)")
	ftscaling := fs.String("ftscaling", "", "also run the workloads of CPython's Tools/ftscalingbench/ftscalingbench.py, read from `FILE`, as fts_NAME")
	primeFlag := fs.String("prime", "", "before measuring, put the shared module-level objects in the state a runtime fix would: tryincref (TryIncRef enabled) or deferred")
	fs.Usage = func() { benchUsage(fs, stderr) }
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	threads, err := parseThreads(*threadsFlag)
	if err != nil || *scale < 1 || *runs < 1 {
		fmt.Fprintln(stderr, "ftpy bench: -threads must list positive integers and -scale and -runs must be positive")
		return 2
	}
	if *stat != "min" && *stat != "median" {
		fmt.Fprintf(stderr, "ftpy bench: unknown -stat %q (min or median)\n", *stat)
		return 2
	}
	var extra []string // options every child run of scaling.py gets
	extra = append(extra, "--runs", strconv.Itoa(*runs), "--stat", *stat)
	if *ftscaling != "" {
		path, err := filepath.Abs(*ftscaling)
		if err == nil {
			_, err = os.Stat(path)
		}
		if err != nil {
			fmt.Fprintln(stderr, "ftpy bench: -ftscaling:", err)
			return 2
		}
		extra = append(extra, "--ftscaling", path)
	}
	if *only != "" {
		extra = append(extra, "--only", *only)
	}
	switch *primeFlag {
	case "":
	case "tryincref", "deferred":
		extra = append(extra, "--prime", *primeFlag)
	default:
		fmt.Fprintf(stderr, "ftpy bench: unknown -prime %q (tryincref or deferred)\n", *primeFlag)
		return 2
	}
	var modes []benchMode
	for _, name := range strings.Split(*modesFlag, ",") {
		i := slices.IndexFunc(benchModes, func(m benchMode) bool { return m.name == name })
		if i < 0 {
			fmt.Fprintf(stderr, "ftpy bench: unknown mode %q (modes: free-threaded, deferred=0, gil)\n", name)
			return 2
		}
		modes = append(modes, benchModes[i])
	}
	script, cleanup, err := writeScalingScript()
	if err != nil {
		fmt.Fprintln(stderr, "ftpy bench:", err)
		return 1
	}
	defer cleanup()
	names, err := benchWorkloads(script, extra)
	if err != nil {
		fmt.Fprintln(stderr, "ftpy bench:", err)
		return 1
	}
	progress := newBenchProgress(stderr, len(modes)*len(names)*len(threads))
	var records []benchRecord
	for _, m := range modes {
		rs, err := benchChild(m, script, *threadsFlag, *scale, extra, stderr, progress)
		if err != nil {
			fmt.Fprintf(stderr, "ftpy bench: %s: %v\n", m.name, err)
			return 1
		}
		records = append(records, rs...)
	}
	progress.done()
	writeBenchTable(stdout, records, modes, threads)
	if *plotFile != "" {
		if err := writeBenchPlot(*plotFile, records, modes, threads); err != nil {
			fmt.Fprintln(stderr, "ftpy bench:", err)
			return 1
		}
	}
	if *jsonFile != "" {
		b, _ := json.MarshalIndent(records, "", "  ")
		if err := os.WriteFile(*jsonFile, append(b, '\n'), 0o644); err != nil {
			fmt.Fprintln(stderr, "ftpy bench:", err)
			return 1
		}
	}
	return 0
}

func parseThreads(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad thread count %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}

// benchChild runs the suite in a child ftpy in mode m and collects the
// JSON lines it prints, showing each workload's progress on stderr.
func benchChild(m benchMode, script, threads string, scale int, extra []string, stderr io.Writer, progress *benchProgress) ([]benchRecord, error) {
	args := append(append([]string{}, m.xopts...), script, "--jsonl", "--threads", threads, "--scale", strconv.Itoa(scale))
	args = append(args, extra...)
	cmd := exec.Command(selfPath(), args...)
	cmd.Stderr = stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	var records []benchRecord
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		var r benchRecord
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			continue // not a result line
		}
		r.Mode = m.name
		records = append(records, r)
		progress.step(r)
	}
	if err := cmd.Wait(); err != nil {
		return nil, err
	}
	return records, nil
}

// selfPath is the command to run ftpy again: the name it was started by
// when that resolves (so that test harnesses' wrappers keep working), else
// the executable's path.
func selfPath() string {
	if p, err := exec.LookPath(os.Args[0]); err == nil {
		return p
	}
	if p, err := os.Executable(); err == nil {
		return p
	}
	return os.Args[0]
}

// writeBenchTable prints, per workload, the single-thread ns/iteration,
// the speedup at each thread count and the CPU per iteration at the last,
// for each mode.
func writeBenchTable(w io.Writer, records []benchRecord, modes []benchMode, threads []int) {
	type key struct {
		workload, mode string
		threads        int
	}
	byKey := map[key]benchRecord{}
	var workloads []string
	for _, r := range records {
		byKey[key{r.Workload, r.Mode, r.Threads}] = r
		if !slices.Contains(workloads, r.Workload) {
			workloads = append(workloads, r.Workload)
		}
	}
	last := threads[len(threads)-1]
	fmt.Fprintf(w, "%-24s %-14s %10s", "workload", "mode", "t1 ns/it")
	for _, n := range threads {
		fmt.Fprintf(w, " %9s", "x"+strconv.Itoa(n))
	}
	fmt.Fprintf(w, " %9s\n", "cpu/it")
	for _, wl := range workloads {
		for _, m := range modes {
			r, ok := byKey[key{wl, m.name, threads[0]}]
			if !ok {
				continue
			}
			fmt.Fprintf(w, "%-24s %-14s %10.1f", wl, m.name, r.T1)
			for _, n := range threads {
				if r, ok := byKey[key{wl, m.name, n}]; ok {
					fmt.Fprintf(w, " %9.2f", r.Speedup)
				} else {
					fmt.Fprintf(w, " %9s", "-")
				}
			}
			if r, ok := byKey[key{wl, m.name, last}]; ok {
				fmt.Fprintf(w, " %9.2f\n", r.CPUPerIt)
			} else {
				fmt.Fprintf(w, " %9s\n", "-")
			}
		}
	}
}

// writeScalingScript writes the embedded scaling.py to a temporary
// directory, for child processes to run.
func writeScalingScript() (script string, cleanup func(), err error) {
	dir, err := os.MkdirTemp("", "ftpy-bench")
	if err != nil {
		return "", nil, err
	}
	script = filepath.Join(dir, "scaling.py")
	if err := os.WriteFile(script, bench.ScalingSource, 0o644); err != nil {
		os.RemoveAll(dir)
		return "", nil, err
	}
	return script, func() { os.RemoveAll(dir) }, nil
}

// benchList returns scaling.py's --list output: a line per workload, its
// name then what it measures.
func benchList(script string, extra []string) (string, error) {
	args := append([]string{script, "--list"}, extra...)
	out, err := exec.Command(selfPath(), args...).Output()
	return string(out), err
}

// benchWorkloads lists the names of the workloads the suite will run.
func benchWorkloads(script string, extra []string) ([]string, error) {
	out, err := benchList(script, extra)
	if err != nil {
		return nil, err
	}
	var names []string
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 0 {
			names = append(names, f[0])
		}
	}
	return names, nil
}

// benchUsage is -h's text: the flags, then the workloads (listed by
// scaling.py itself, so that the list cannot go stale).
func benchUsage(fs *flag.FlagSet, w io.Writer) {
	fmt.Fprintln(w, "usage: ftpy bench [flags]\n\nRuns the threaded workloads of bench/scaling.py in each mode and prints,\nper workload, the 1-thread ns/iteration, the speedup N*t1/tN at each\nthread count and the CPU per iteration at the most threads.\n\nFlags:")
	fs.PrintDefaults()
	script, cleanup, err := writeScalingScript()
	if err != nil {
		return
	}
	defer cleanup()
	if list, err := benchList(script, nil); err == nil {
		fmt.Fprint(w, "\nWorkloads (-only NAME,...; -ftscaling FILE adds fts_NAME for each of its benchmarks):\n")
		for _, line := range strings.Split(strings.TrimRight(list, "\n"), "\n") {
			fmt.Fprintln(w, "  "+line)
		}
	}
}

// benchProgress reports each measurement: a progress bar when stderr is a
// terminal, else a line per result (for logs).
type benchProgress struct {
	w   io.Writer
	bar *progressbar.ProgressBar
}

func newBenchProgress(w io.Writer, total int) *benchProgress {
	p := &benchProgress{w: w}
	if f, ok := w.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		p.bar = progressbar.NewOptions(total, progressbar.OptionSetWriter(w),
			progressbar.OptionSetDescription("ftpy bench"), progressbar.OptionShowCount(),
			progressbar.OptionClearOnFinish())
	}
	return p
}

func (p *benchProgress) step(r benchRecord) {
	if p.bar != nil {
		p.bar.Describe(fmt.Sprintf("%-13s %-22s", r.Mode, r.Workload))
		p.bar.Add(1)
		return
	}
	fmt.Fprintf(p.w, "  %-13s %-24s %2d threads  speedup %.2f\n", r.Mode, r.Workload, r.Threads, r.Speedup)
}

func (p *benchProgress) done() {
	if p.bar != nil {
		p.bar.Finish()
	}
}
