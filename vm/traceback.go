// This file prints exceptions the way CPython does: the traceback with
// each frame's file, line, function and source line, the chained
// exceptions before it, and the final "Type: message" line.

package vm

import (
	"fmt"
	"io"
	"math"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/lib/codecs"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// PrintException prints exc as an uncaught exception: to sys.stderr when
// the program has replaced it (as CPython's sys.excepthook does), else
// to w.
func (st *State) PrintException(w io.Writer, exc *object.Exception) {
	var b strings.Builder
	st.WriteTraceback(&b, exc)
	if st.sysStream(stderrStream) != nil {
		st.WriteStderr(b.String())
		return
	}
	// As sys.stderr writes it: a lone surrogate (a file name's escaped
	// byte, say) as \udcff.
	if out, err := encodeStdio(b.String(), "backslashreplace"); err == nil {
		w.Write(out)
	}
}

// WriteTraceback prints exc with its traceback and its causes, and an
// exception group with its sub-exceptions, in CPython's tree.
func (st *State) WriteTraceback(w io.Writer, exc *object.Exception) {
	p := &tbPrinter{st: st, w: w, seen: map[*object.Exception]bool{}}
	p.printRecursive(exc)
}

// WriteUnraisableTraceback prints exc as CPython's default
// sys.unraisablehook does: its traceback and its last line, nothing
// more.
func (st *State) WriteUnraisableTraceback(w io.Writer, exc *object.Exception) {
	p := &tbPrinter{st: st, w: w, bare: true}
	p.printException(exc)
}

// CPython's bounds on printing exception groups: sub-exceptions shown
// per group, and groups nested.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// tbPrinter prints one exception the way CPython's default excepthook
// does (print_exception_recursive in pythonrun.c): the chain first,
// then the exception; a group's sub-exceptions follow it, each in a
// numbered frame drawn with "+" and "|" and indented by its depth.
type tbPrinter struct {
	st *State
	w  io.Writer
	// depth is how many groups enclose what is printed now; needClose
	// says that the frame of a group's last sub-exception still needs
	// its closing line (a nested group may draw it instead).
	depth     int
	needClose bool
	seen      map[*object.Exception]bool
	// bare prints the exception alone, as CPython's default
	// sys.unraisablehook does: its traceback and last line, without
	// the exceptions it chains to, its notes or a suggestion.
	bare bool
}

// margin is what starts each line inside a group: indentation, then
// "| " (mark, at the top level, replaces it: "+ ").
func (p *tbPrinter) margin(mark string) string {
	if p.depth == 0 {
		return ""
	}
	return strings.Repeat(" ", 2*p.depth) + mark
}

// printRecursive prints exc after the exceptions it chains to, oldest
// first. It follows the chain in a loop: a program can chain exceptions
// as deeply as it likes, and Go's stack must not follow it.
func (p *tbPrinter) printRecursive(exc *object.Exception) {
	type link struct {
		exc *object.Exception
		sep string // printed after exc: how the next one chains to it
	}
	chain := []link{{exc, ""}}
	for e := exc; ; {
		p.seen[e] = true
		var next *object.Object
		var sep string
		if c := e.Cause; c != nil {
			next, sep = c, "The above exception was the direct cause of the following exception:\n"
		} else if ctx := e.Context; ctx != nil && !e.SuppressContext {
			next, sep = ctx, "During handling of the above exception, another exception occurred:\n"
		}
		if next == nil || p.seen[object.Cast[object.Exception](next)] {
			break
		}
		e = object.Cast[object.Exception](next)
		chain = append(chain, link{e, sep})
	}
	needClose := p.needClose
	for i := len(chain) - 1; i > 0; i-- {
		p.printOne(chain[i].exc)
		p.needClose = needClose
		m := p.margin("| ")
		fmt.Fprintf(p.w, "%s\n%s%s%s\n", m, m, chain[i].sep, m)
	}
	p.printOne(exc)
}

// printOne prints one exception without its chain: a group as a tree.
func (p *tbPrinter) printOne(exc *object.Exception) {
	if !object.IsExceptionGroup(exc.Obj()) {
		p.printException(exc)
		return
	}
	if p.depth > maxGroupDepth {
		fmt.Fprintf(p.w, "%s... (max_group_depth is %d)\n", p.margin("| "), maxGroupDepth)
		return
	}
	top := p.depth == 0
	if top {
		p.depth++
	}
	p.printException(exc)
	excs := object.GroupExceptions(exc.Obj())
	n := len(excs)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true // unless a nested group closes it first
		}
		first := "  "
		if i == 0 {
			first = "+-"
		}
		indent := strings.Repeat(" ", 2*p.depth)
		truncated := i >= maxGroupWidth
		if truncated {
			fmt.Fprintf(p.w, "%s%s+---------------- ... ----------------\n", indent, first)
		} else {
			fmt.Fprintf(p.w, "%s%s+---------------- %d ----------------\n", indent, first, i+1)
		}
		p.depth++
		if truncated {
			more := len(excs) - maxGroupWidth
			plural := ""
			if more > 1 {
				plural = "s"
			}
			fmt.Fprintf(p.w, "%sand %d more exception%s\n", p.margin("| "), more, plural)
		} else {
			p.printRecursive(object.Cast[object.Exception](excs[i]))
		}
		if last && p.needClose {
			fmt.Fprintf(p.w, "%s+------------------------------------\n", strings.Repeat(" ", 2*p.depth))
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth--
	}
}

// printException prints an exception's traceback, its last line and its
// notes.
func (p *tbPrinter) printException(exc *object.Exception) {
	w, m := p.w, p.margin("| ")
	if entries := exc.TracebackEntries(); len(entries) > 0 {
		if limit := p.st.tracebackLimit(); limit > 0 {
			header, hm := "Traceback (most recent call last):", m
			if object.IsExceptionGroup(exc.Obj()) {
				header = "Exception Group Traceback (most recent call last):"
				if p.depth == 1 {
					hm = p.margin("+ ")
				}
			}
			fmt.Fprintf(w, "%s%s\n", hm, header)
			p.printEntries(entries, limit, m)
		}
	}
	last := p.st.exceptionLine(exc)
	if i := strings.LastIndexByte(last, '\n'); i >= 0 && m != "" && object.IsInstance(exc.Obj(), object.SyntaxErrorType) {
		// A SyntaxError's block: CPython puts the file line and the
		// message line in the frame, not the source and caret lines.
		last = last[:i+1] + m + last[i+1:]
	}
	if !p.bare {
		last += p.st.suggestionHint(exc)
	}
	fmt.Fprintf(w, "%s%s\n", m, last)
	if !p.bare {
		p.printNotes(exc)
	}
}

// recursiveCutoff is how many times in a row CPython prints the same
// traceback line (same file, line and function: a recursion) before it
// says how many more times it repeated instead.
const recursiveCutoff = 3

// printEntries prints the traceback's entries, outermost first (entries
// holds them innermost first): the innermost limit of them, with a run
// of the same line cut short after recursiveCutoff.
func (p *tbPrinter) printEntries(entries []object.TracebackEntry, limit int, m string) {
	w := p.w
	start := len(entries) - 1
	if start >= limit {
		start = limit - 1
	}
	var last *object.TracebackEntry
	repeats := 0
	for i := start; i >= 0; i-- {
		e := &entries[i]
		if last == nil || e.Filename != last.Filename || e.Line != last.Line || e.Name != last.Name {
			printRepeated(w, repeats)
			last, repeats = e, 0
		}
		repeats++
		if repeats > recursiveCutoff {
			continue
		}
		fmt.Fprintf(w, "%s  File \"%s\", line %d, in %s\n", m, e.Filename, e.Line, e.Name)
		if line := sourceLine(e.Filename, e.Line); line != "" {
			fmt.Fprintf(w, "%s    %s\n", m, strings.TrimSpace(line))
			if c := caretLine(line, *e); c != "" && p.st.debugRanges() {
				fmt.Fprintf(w, "%s    %s\n", m, c)
			}
		}
	}
	printRepeated(w, repeats)
}

// debugRanges reports whether tracebacks mark the failing expression
// under its source line: not under -X no_debug_ranges or with
// PYTHONNODEBUGRANGES set, which in CPython leave code objects without
// columns.
func (st *State) debugRanges() bool {
	if _, ok := st.interp.XOptions["no_debug_ranges"]; ok {
		return false
	}
	f := st.interp.Flags
	return f.IgnoreEnvironment || f.Isolated || os.Getenv("PYTHONNODEBUGRANGES") == ""
}

// printRepeated says how often a line printed recursiveCutoff times
// repeated beyond those, if it did. CPython 3.11 writes it without the
// margin of an exception group's frame.
func printRepeated(w io.Writer, repeats int) {
	n := repeats - recursiveCutoff
	switch {
	case n == 1:
		io.WriteString(w, "  [Previous line repeated 1 more time]\n")
	case n > 1:
		fmt.Fprintf(w, "  [Previous line repeated %d more times]\n", n)
	}
}

var strTracebackLimit = object.Intern("tracebacklimit")

// defaultTracebackLimit is CPython's PyTraceBack_LIMIT: the most entries
// a traceback prints unless sys.tracebacklimit says otherwise.
const defaultTracebackLimit = 1000

// tracebackLimit is how many of a traceback's innermost entries to print:
// sys.tracebacklimit when it is an int (0 or less: none, and no header
// either), else defaultTracebackLimit.
func (st *State) tracebackLimit() int {
	sys := st.interp.Modules.GetStr(strSys)
	if sys == nil || !IsModule(sys) {
		return defaultTracebackLimit
	}
	v := object.Cast[Module](sys).Dict.GetStrRef(st.t, strTracebackLimit)
	if v == nil {
		return defaultTracebackLimit
	}
	defer st.t.Decref(v)
	if !object.IsInt(v) {
		return defaultTracebackLimit
	}
	n := object.AsInt(v)
	if n.Sign() <= 0 {
		return 0
	}
	if x, ok := n.Int64(); ok && x < math.MaxInt32 {
		return int(x)
	}
	return math.MaxInt32
}

var strNotes = object.Intern("__notes__")

// printNotes prints the exception's __notes__ after its last line, as
// CPython's printer does: each note's lines in the frame's margin, or
// the repr of a __notes__ that is not a sequence.
func (p *tbPrinter) printNotes(exc *object.Exception) {
	t := p.st.t
	notes, err := object.GetAttr(t, exc.Obj(), strNotes)
	if err != nil {
		t.DropError(err)
		return
	}
	defer t.Decref(notes)
	m := p.margin("| ")
	if object.IsDict(notes) || notes.Type().Lookup(object.Intern("__getitem__")) == nil {
		r, err := object.ReprString(t, notes)
		if err != nil {
			t.DropError(err)
			r = "<__notes__ repr() failed>"
		}
		fmt.Fprintf(p.w, "%s%s", m, r)
		return
	}
	items, err := object.SequenceItems(t, notes)
	if err != nil {
		t.DropError(err)
		return
	}
	for _, note := range items {
		s, err := object.StrString(t, note)
		if err != nil {
			t.DropError(err)
			io.WriteString(p.w, "<note str() failed>")
		} else {
			for _, line := range splitLinesKeepEnds(s) {
				fmt.Fprintf(p.w, "%s%s", m, line)
			}
		}
		io.WriteString(p.w, "\n")
	}
	for _, o := range items {
		t.Decref(o)
	}
}

// splitLinesKeepEnds is str.splitlines(keepends=True).
func splitLinesKeepEnds(s string) []string {
	var lines []string
	rs := []rune(s)
	var b strings.Builder
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		b.WriteRune(r)
		switch r {
		case '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				b.WriteRune('\n')
				i++
			}
		case '\n', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		default:
			continue
		}
		lines = append(lines, b.String())
		b.Reset()
	}
	if b.Len() > 0 {
		lines = append(lines, b.String())
	}
	return lines
}

// exceptionLine is the last line of a traceback: "Type: message", or for
// a SyntaxError the block with the caret.
func (st *State) exceptionLine(exc *object.Exception) string {
	name := exceptionTypeName(exc.Type())
	if object.IsInstance(exc.Obj(), object.SyntaxErrorType) {
		if block, ok := st.syntaxErrorBlock(exc, name); ok {
			return block
		}
	}
	msg, err := object.StrString(st.t, exc.Obj())
	if err != nil {
		st.t.DropError(err)
		msg = "<exception str() failed>"
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

// exceptionTypeName is how the last line of a traceback names an
// exception's class: its qualified name, after its module unless that is
// builtins or __main__ ("<unknown>" for a __module__ that is not a str).
func exceptionTypeName(typ *object.Type) string {
	name := typQualName(typ)
	if typ.Dict != nil {
		if m := typ.Dict.GetStr(strModule); m != nil && !object.IsStr(m) {
			return "<unknown>." + name
		}
	}
	if mod := typeModule(typ); mod != "builtins" && mod != "__main__" {
		name = mod + "." + name
	}
	return name
}

// sourceLine reads line n of a file, for tracebacks.
func sourceLine(filename string, n int) string {
	if strings.HasPrefix(filename, "<") {
		return ""
	}
	path, err := codecs.FSEncode(filename) // str text: the OS takes its fsencode bytes
	if err != nil {
		return ""
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return ""
	}
	// In the file's encoding (its coding declaration), as CPython reads
	// the line: printed raw, a Latin-1 é would be an invalid byte.
	if data, err = syntax.DecodeSource(filename, data, false); err != nil {
		return ""
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r")
}

// SystemExitCode reports whether exc is SystemExit and the exit status it
// asks for, printing a non-integer code as CPython does.
func (st *State) SystemExitCode(exc *object.Exception) (int, bool) {
	if !object.IsInstance(exc.Obj(), object.SystemExitType) {
		return 0, false
	}
	if exc.Args == nil || len(exc.Args.Items) == 0 || exc.Args.Items[0] == object.None {
		return 0, true
	}
	code := exc.Args.Items[0]
	if len(exc.Args.Items) > 1 {
		code = exc.Args.Obj() // SystemExit(1, 2).code is the tuple
	}
	if object.IsInt(code) {
		v, ok := object.AsInt(code).Int64()
		if !ok {
			return -1, true // too big for a C long: CPython exits with -1
		}
		return int(int32(v)), true // CPython's (int) cast of the long
	}
	st.interp.Flush()
	s, err := object.StrString(st.t, code)
	if err != nil {
		st.t.DropError(err)
		return 1, true
	}
	st.WriteStderr(s + "\n")
	return 1, true
}

var strExcepthook, strOrigExcepthook = object.Intern("excepthook"), object.Intern("__excepthook__")

// ReportUncaught shows an exception that ended the program: through
// sys.excepthook(type, value, traceback) when the program replaced it,
// else as a traceback on stderr (w, or sys.stderr when replaced). A hook
// that fails is reported with the original exception, as CPython does.
func (st *State) ReportUncaught(w io.Writer, exc *object.Exception) {
	t := st.t
	var hook *object.Object
	if sys := st.interp.Modules.GetStr(strSys); sys != nil && IsModule(sys) {
		d := object.Cast[Module](sys).Dict
		if h := d.GetStr(strExcepthook); h != nil && h != d.GetStr(strOrigExcepthook) {
			hook = h
		}
	}
	if hook == nil {
		st.PrintException(w, exc)
		return
	}
	tb := object.ExceptionTraceback(t, exc)
	r, err := object.Call(t, hook, []*object.Object{object.TypeOf(exc.Obj()), exc.Obj(), tb}, nil)
	t.Decref(tb)
	if err == nil {
		t.Decref(r)
		return
	}
	herr := t.AsException(err)
	defer t.Decref(herr.Obj())
	var b strings.Builder
	b.WriteString("Error in sys.excepthook:\n")
	st.WriteTraceback(&b, herr)
	b.WriteString("\nOriginal exception was:\n")
	st.WriteTraceback(&b, exc)
	if st.sysStream(stderrStream) != nil {
		st.WriteStderr(b.String())
		return
	}
	io.WriteString(w, b.String())
}

// defaultExcepthook is sys.excepthook as the interpreter starts:
// it prints the exception and its traceback to stderr.
func defaultExcepthook(t *object.Thread, _ *object.Object, args []*object.Object, kw *object.Tuple) (*object.Object, error) {
	if err := object.CheckArgCount(t, "excepthook", args, kw, 3, 3); err != nil {
		return nil, err
	}
	st := stateOf(t)
	st.interp.Flush()
	if !object.IsInstance(args[1], object.BaseExceptionType) {
		// CPython reports this on stderr rather than raising.
		st.WriteStderr("TypeError: print_exception(): Exception expected for value, " + args[1].Type().Name + " found\n")
		return object.None, nil
	}
	st.PrintException(st.interp.Stderr, object.Cast[object.Exception](args[1]))
	return object.None, nil
}

// Excepthook is the builtin behind sys.excepthook and sys.__excepthook__.
var Excepthook = object.NewStaticBuiltin(&object.MethodDef{Name: "excepthook", Fn: defaultExcepthook})

// caretLine draws CPython 3.11's marker line under the part of the source
// line that failed: "^" under the failing expression, or for a binary
// operation "~" under the operands and "^" under the operator, and for a
// subscript "~" under the value and "^" under the brackets. An expression
// spanning lines is marked to the end of its first line. It is empty when
// the marks would cover the whole line with "^" alone, as CPython leaves
// them out then.
func caretLine(line string, e object.TracebackEntry) string {
	if e.EndLine < e.Line || e.Col < 0 {
		return ""
	}
	end := e.EndCol
	if e.EndLine != e.Line {
		end = len(strings.TrimRight(line, " \t"))
	}
	if end > len(line) || end <= e.Col {
		return ""
	}
	indent := len(line) - len(strings.TrimLeft(line, " \t"))
	if e.Col < indent {
		return ""
	}
	seg := line[e.Col:end]
	marks := []rune(strings.Repeat("^", utf8.RuneCountInString(seg)))
	anchored := false
	if e.EndLine == e.Line {
		if expr, err := syntax.ParseExpr("", []byte(seg)); err == nil {
			switch x := expr.(type) {
			case *syntax.BinOp:
				l, r := x.Left.Span(), x.Right.Span()
				if l.EndLine == 1 && r.Line == 1 {
					anchored = true
					tilde(marks, seg, 0, len(seg))
					for i := l.EndCol; i < r.Col && i < len(seg); i++ {
						if c := seg[i]; c != ' ' && c != '(' && c != ')' && c != '\t' {
							setMark(marks, seg, i, '^')
						}
					}
				}
			case *syntax.Subscript:
				if v := x.Value.Span(); v.EndLine == 1 {
					anchored = true
					tilde(marks, seg, 0, v.EndCol)
				}
			}
		}
	}
	if !anchored && strings.TrimSpace(line) == strings.TrimSpace(seg) {
		return ""
	}
	prefix := utf8.RuneCountInString(line[indent:e.Col])
	return strings.Repeat(" ", prefix) + string(marks)
}

// tilde marks bytes [from, to) of seg with "~".
func tilde(marks []rune, seg string, from, to int) {
	for i := from; i < to && i < len(seg); i++ {
		setMark(marks, seg, i, '~')
	}
}

func setMark(marks []rune, seg string, byteIndex int, m rune) {
	if !utf8.RuneStart(seg[byteIndex]) {
		return
	}
	marks[utf8.RuneCountInString(seg[:byteIndex])] = m
}
