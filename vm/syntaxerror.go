// This file turns the parser's and checker's errors into SyntaxError
// objects shaped as CPython's, and prints a SyntaxError's block (file,
// line, source text, carets) from its attributes as CPython's
// print_exception does, so that one made by hand prints the same way.

package vm

import (
	"bufio"
	"fmt"
	"os"
	"strings"
	"unicode/utf8"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/syntax"
)

// syntaxError converts a syntax.Error into a Python SyntaxError (or
// IndentationError, TabError). Its args and text follow the CPython pass
// that reports the error (syntax.Stage).
func (st *State) syntaxError(err error) error {
	t := st.t
	se, ok := err.(*syntax.Error)
	if !ok {
		return t.Errorf(object.SystemErrorType, "%v", err)
	}
	typ := object.SyntaxErrorType
	switch se.Kind {
	case "RecursionError":
		return t.Errorf(object.RecursionErrorType, "%s", se.Msg)
	case "MemoryError":
		return t.NewException(object.MemoryErrorType)
	case "IndentationError":
		typ = object.IndentationErrorType
	case "TabError":
		typ = object.TabErrorType
	}
	if se.Line == 0 && se.Msg != "invalid syntax" {
		// A decoding error (unknown encoding) has no line: CPython's
		// detail is (filename, 0, -1, None), without end positions.
		detail := []*object.Object{object.NewStr(t, se.Filename), object.NewInt(t, 0), object.NewInt(t, -1), object.None}
		e := t.NewException(typ, object.NewStr(t, se.Msg), object.NewTuple(t, detail).Obj())
		object.SetSyntaxAttr(t, e, object.SyntaxMsg, object.NewStr(t, se.Msg))
		for i, a := range detail {
			object.SetSyntaxAttr(t, e, object.SyntaxFilename+i, t.NewRef(a))
		}
		return e
	}
	se.FromString()
	text := object.None
	switch se.Stage {
	case syntax.StageParser:
		line := se.SourceLine()
		// CPython's parser shows an error spanning lines with its first
		// line cut before the newline.
		if !se.TextNoNewline && se.EndLine <= se.Line {
			line += "\n"
		}
		text = object.NewStr(t, line)
	default:
		if line, ok := programText(se.Filename, se.Line); ok {
			text = object.NewStr(t, line)
		}
	}
	attrs := []*object.Object{object.NewStr(t, se.Filename), object.NewInt(t, int64(se.Line)),
		object.NewInt(t, int64(se.Col)), text, object.NewInt(t, int64(se.EndLine)), object.NewInt(t, int64(se.EndCol))}
	msg := object.NewStr(t, se.Msg)
	var e *object.Exception
	if se.Stage == syntax.StageSymtable {
		e = t.NewException(typ, t.NewRef(msg))
	} else {
		for _, a := range attrs {
			t.Incref(a)
		}
		e = t.NewException(typ, t.NewRef(msg), object.NewTuple(t, attrs).Obj())
	}
	object.SetSyntaxAttr(t, e, object.SyntaxMsg, msg)
	for i, a := range attrs {
		object.SetSyntaxAttr(t, e, object.SyntaxFilename+i, a)
	}
	return e
}

// programText is line n of file filename with its newline, as CPython
// reads it for the errors its symbol table and compiler report (which
// know no source text): false when the file cannot be read or has no
// such line.
func programText(filename string, n int) (string, bool) {
	if n < 1 {
		return "", false
	}
	f, err := os.Open(filename)
	if err != nil {
		return "", false
	}
	defer f.Close()
	r := bufio.NewReader(f)
	for i := 1; ; i++ {
		line, err := r.ReadString('\n')
		if i == n {
			if line == "" && err != nil {
				return "", false
			}
			if !utf8.ValidString(line) {
				return "", false
			}
			return line, true
		}
		if err != nil {
			return "", false
		}
	}
}

// syntaxErrorBlock is what CPython prints for a SyntaxError in place of
// the "Type: message" line: the file and line, the source text with
// carets under offset..end_offset, and "Type: msg". It reports false when
// the attributes do not locate the error (lineno not an int), which
// prints as any other exception.
func (st *State) syntaxErrorBlock(exc *object.Exception, typeName string) (string, bool) {
	t := st.t
	attr := func(i int) *object.Object {
		if v := object.SyntaxAttr(exc, i); v != nil {
			return v
		}
		return object.None
	}
	intAttr := func(i int, def int) (int, bool) {
		v := attr(i)
		if v == object.None {
			return def, true
		}
		if !object.IsInt(v) {
			return 0, false
		}
		n, ok := object.AsInt(v).Int64()
		return int(n), ok
	}
	lineno, ok := intAttr(object.SyntaxLineno, 0)
	if !ok || attr(object.SyntaxLineno) == object.None {
		return "", false
	}
	offset, ok1 := intAttr(object.SyntaxOffset, -1)
	endLineno, ok2 := intAttr(object.SyntaxEndLineno, lineno)
	endOffset, ok3 := intAttr(object.SyntaxEndOffset, -1)
	if !ok1 || !ok2 || !ok3 {
		return "", false
	}
	if exc.Type() != object.SyntaxErrorType {
		// CPython draws a caret range only for SyntaxError itself: its
		// subclasses (IndentationError, TabError, a program's own) get
		// one caret at the offset.
		endLineno, endOffset = lineno, -1
	}
	msg, err := object.StrString(t, attr(object.SyntaxMsg))
	if err != nil {
		t.DropError(err)
		return "", false
	}
	filename := "<string>"
	if f := attr(object.SyntaxFilename); f != object.None {
		s, err := object.StrString(t, f)
		if err != nil {
			t.DropError(err)
			return "", false
		}
		filename = s
	}
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", filename, lineno)
	if text := attr(object.SyntaxText); object.IsStr(text) {
		line := object.StrValue(text)
		size := utf8.RuneCountInString(line)
		if endLineno > lineno {
			endOffset = size
		}
		if endOffset > size+1 {
			endOffset = size + 1
		}
		writeErrorText(&b, line, offset, endOffset)
	}
	if msg == "" {
		b.WriteString(typeName)
	} else {
		b.WriteString(typeName + ": " + msg)
	}
	return b.String(), true
}

// writeErrorText prints a SyntaxError's source text stripped of its
// indentation, and under it carets from offset to end_offset (1-based,
// counted in code points; end exclusive), at least one.
func writeErrorText(b *strings.Builder, text string, offset, endOffset int) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	offset--
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := utf8.RuneCountInString(strings.TrimSuffix(text, "\n"))
	if offset > n {
		offset = n
	}
	// A text of several lines shows from the line holding the offset.
	for {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			break
		}
		k := utf8.RuneCountInString(text[:i])
		if k >= offset {
			break
		}
		text = text[i+1:]
		offset -= k + 1
	}
	b.WriteString("    ")
	b.WriteString(text)
	if !strings.HasSuffix(text, "\n") {
		b.WriteByte('\n')
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}
