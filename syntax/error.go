// This file defines Error, the single error type returned by the scanner
// and the parser, and its CPython-style formatting.

package syntax

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Error is a syntax error with CPython's SyntaxError attributes.
type Error struct {
	// Kind is "SyntaxError", "IndentationError" or "TabError"; or, for a
	// source too deeply nested to compile (depth.go), "RecursionError" or
	// "MemoryError", which carry only Msg and Filename.
	Kind     string
	Filename string
	// Line and EndLine are 1-based. Col and EndCol are 1-based code point
	// offsets like SyntaxError.offset and end_offset; EndCol is exclusive.
	// Col is 0 when CPython prints no caret.
	Line, Col, EndLine, EndCol int
	Msg                        string
	Text                       string // the offending source line, without its newline

	// Stage says which of CPython's passes reports the error, which
	// decides the shape of the SyntaxError it raises (see Stage).
	Stage Stage
	// AtEOF marks an error at the end of the source, which CPython's file
	// tokenizer (the main script) places nowhere but its string tokenizer
	// (compile, exec, import) places after the last line's text.
	AtEOF bool
	// TextNoNewline: the shown line is the last of an eval() source that
	// does not end in a newline, so SyntaxError.text has none either.
	TextNoNewline bool
	// noLocation: CPython prints only the last line (the main script's
	// decoding errors, which its file tokenizer raises without one).
	noLocation bool
}

// Stage is the CPython pass that reports a syntax error.
type Stage uint8

const (
	// StageParser errors have args (msg, (filename, lineno, offset,
	// text, end_lineno, end_offset)) with the source line as text.
	StageParser Stage = iota
	// StageSymtable errors (nonlocal and global misuse, duplicate
	// arguments, yield in a comprehension) have args (msg,) only, their
	// attributes set apart, and text read from the named file.
	StageSymtable
	// StageCompiler errors ('return' outside function, misplaced break,
	// starred targets, too many nested blocks) have the full args, but
	// text read from the named file (None when there is no such file).
	StageCompiler
)

// Error returns "file:line:col: msg" ("RecursionError: msg" or
// "MemoryError" for a source too deeply nested).
func (e *Error) Error() string {
	if e.Kind == "MemoryError" || e.Kind == "RecursionError" {
		return strings.TrimSuffix(e.Format(), "\n")
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Filename, e.Line, e.Col, e.Msg)
}

// Format returns the block CPython 3.11 prints for an uncaught syntax error:
//
//	  File "t.py", line 1
//	    x = (1,
//	        ^
//	SyntaxError: '(' was never closed
//
// Like CPython, it strips the shown line's leading white space and shifts the
// caret accordingly, and draws one caret per code point of the error range
// (at least one). CPython 3.11 counts bytes instead of code points when it
// reads a file, which misplaces the caret on non-ASCII lines; we place it
// under the right character, as CPython does for compile(str).
func (e *Error) Format() string {
	switch {
	case e.Kind == "MemoryError" && e.Msg == "":
		return "MemoryError\n"
	case e.Kind == "MemoryError" || e.Kind == "RecursionError":
		return e.Kind + ": " + e.Msg + "\n"
	}
	var b strings.Builder
	if e.noLocation {
		return e.Kind + ": " + e.Msg + "\n"
	}
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text != "" {
		text := sanitizeLine(e.Text)
		offset := e.Col - 1
		end := e.EndCol - 1
		if e.EndLine > e.Line {
			// Only the first line is shown: highlight up to its end.
			end = utf8.RuneCountInString(text) - 1
			if e.Stage != StageParser {
				end++
			}
		}
		for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
			text = text[1:]
			offset--
			end--
		}
		if e.Kind != "SyntaxError" {
			end = offset // a subclass gets one caret, as in CPython
		}
		n := utf8.RuneCountInString(text)
		if offset > n {
			offset = n
		}
		if end > n+1 {
			end = n + 1
		}
		b.WriteString("    ")
		b.WriteString(text)
		b.WriteByte('\n')
		if e.Col > 0 && offset >= 0 {
			b.WriteString("    ")
			b.WriteString(strings.Repeat(" ", offset))
			carets := end - offset
			if carets < 1 {
				carets = 1
			}
			b.WriteString(strings.Repeat("^", carets))
			b.WriteByte('\n')
		}
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}

// FromString places an error at the end of the source as CPython's string
// tokenizer does (for compile, exec, import and -c): after the last
// line's text, with no end.
func (e *Error) FromString() {
	if e.AtEOF {
		e.Col, e.EndCol, e.AtEOF = utf8.RuneCountInString(e.SourceLine())+1, -1, false
	}
}

// lineText returns line number line (1-based) of src without its line
// terminator, or "" when there is no such line.
func lineText(src string, line int) string {
	for l := 1; l < line; l++ {
		i := strings.IndexAny(src, "\r\n")
		if i < 0 {
			return ""
		}
		if src[i] == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			i++
		}
		src = src[i+1:]
	}
	if i := strings.IndexAny(src, "\r\n"); i >= 0 {
		src = src[:i]
	}
	return src
}

// byteColToRunes converts a 0-based byte column in text to a 0-based code
// point column.
func byteColToRunes(text string, col int) int {
	if col > len(text) {
		return utf8.RuneCountInString(text) + col - len(text)
	}
	if col < 0 {
		return col
	}
	return utf8.RuneCountInString(text[:col])
}
