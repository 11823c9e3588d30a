// This file gives SyntaxError (and IndentationError, TabError) CPython's
// attributes: msg, filename, lineno, offset, text, end_lineno, end_offset
// and print_file_and_line. Like CPython's member slots they live outside
// the instance __dict__, read as None when unset, and are set by
// SyntaxError(msg, (filename, lineno, offset, text[, end_lineno,
// end_offset])) or by the runtime for errors it raises.

package object

import (
	"fmt"
	"strings"
)

// The SyntaxError attributes, in the order of syntaxAttrs.
const (
	SyntaxMsg = iota
	SyntaxFilename
	SyntaxLineno
	SyntaxOffset
	SyntaxText
	SyntaxEndLineno
	SyntaxEndOffset
	SyntaxPrintFileAndLine
	numSyntaxAttrs
)

var syntaxAttrNames = [numSyntaxAttrs]string{"msg", "filename", "lineno", "offset", "text",
	"end_lineno", "end_offset", "print_file_and_line"}

// syntaxAttrs holds the attribute values (owned references, nil when unset).
type syntaxAttrs [numSyntaxAttrs]*Object

// SyntaxAttr returns SyntaxError attribute i of e (a borrowed reference),
// or nil when unset.
func SyntaxAttr(e *Exception, i int) *Object {
	if e.syntax == nil {
		// Made in Go by NewException, which runs no __init__: the
		// message is the first argument, as __init__ would have set.
		if i == SyntaxMsg && e.Args != nil && len(e.Args.Items) > 0 {
			return e.Args.Items[0]
		}
		return nil
	}
	return e.syntax[i]
}

// SetSyntaxAttr sets SyntaxError attribute i of e, taking over the
// reference to v (nil unsets it).
func SetSyntaxAttr(t *Thread, e *Exception, i int, v *Object) {
	if e.syntax == nil {
		if v == nil {
			return
		}
		e.syntax = new(syntaxAttrs)
	}
	old := e.syntax[i]
	e.syntax[i] = v
	t.XDecref(old)
}

// clearSyntaxAttrs drops the attributes of e.
func clearSyntaxAttrs(t *Thread, e *Exception) {
	s := e.syntax
	if s == nil {
		return
	}
	e.syntax = nil
	for _, v := range s {
		t.XDecref(v)
	}
}

// syntaxErrorInit is SyntaxError.__init__(msg, (filename, lineno, offset,
// text[, end_lineno, end_offset])): args stays as given; msg is the first
// argument and the detail sequence is unpacked only when there are
// exactly two.
func syntaxErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := Cast[Exception](self)
	if len(args) >= 1 {
		SetSyntaxAttr(t, e, SyntaxMsg, t.NewRef(args[0]))
	}
	if len(args) != 2 {
		return nil
	}
	info, err := SequenceItems(t, args[1])
	if err != nil {
		return err
	}
	defer func() {
		for _, v := range info {
			t.Decref(v)
		}
	}()
	switch {
	case len(info) < 4:
		return t.Errorf(TypeErrorType, "function takes at least 4 arguments (%d given)", len(info))
	case len(info) > 6:
		return t.Errorf(TypeErrorType, "function takes at most 6 arguments (%d given)", len(info))
	case len(info) == 5:
		return t.Errorf(TypeErrorType, "end_offset must be provided when end_lineno is provided")
	}
	for i, v := range info {
		SetSyntaxAttr(t, e, SyntaxFilename+i, t.NewRef(v))
	}
	if len(info) == 4 {
		SetSyntaxAttr(t, e, SyntaxEndLineno, nil)
		SetSyntaxAttr(t, e, SyntaxEndOffset, nil)
	}
	return nil
}

// syntaxErrorStr is str() of a SyntaxError: "msg (file, line N)" from its
// attributes, with the file's base name; the parts whose attribute is not
// a str (file) or an int (line) are left out.
func syntaxErrorStr(t *Thread, o *Object) (*Object, error) {
	e := Cast[Exception](o)
	m := SyntaxAttr(e, SyntaxMsg)
	if m == nil {
		m = None
	}
	msg, err := StrString(t, m)
	if err != nil {
		return nil, err
	}
	file, line := SyntaxAttr(e, SyntaxFilename), SyntaxAttr(e, SyntaxLineno)
	haveFile := file != nil && IsStr(file)
	haveLine := line != nil && line.typ == IntType
	var base string
	if haveFile {
		base = StrValue(file)
		if i := strings.LastIndexByte(base, '/'); i >= 0 {
			base = base[i+1:]
		}
	}
	switch {
	case haveFile && haveLine:
		return NewStr(t, fmt.Sprintf("%s (%s, line %s)", msg, base, Cast[Int](line).String())), nil
	case haveFile:
		return NewStr(t, fmt.Sprintf("%s (%s)", msg, base)), nil
	case haveLine:
		return NewStr(t, fmt.Sprintf("%s (line %s)", msg, Cast[Int](line).String())), nil
	}
	return NewStr(t, msg), nil
}

// syntaxErrorGetSets are the attributes as member descriptors: None when
// unset, settable and deletable (back to None).
var syntaxErrorGetSets = func() []GetSetDef {
	defs := make([]GetSetDef, numSyntaxAttrs)
	for i, name := range syntaxAttrNames {
		i := i
		defs[i] = GetSetDef{Name: name,
			Get: func(t *Thread, o *Object) (*Object, error) {
				if v := SyntaxAttr(Cast[Exception](o), i); v != nil {
					return t.NewRef(v), nil
				}
				return None, nil
			},
			Set: func(t *Thread, o, v *Object) error {
				if v != nil {
					v = t.NewRef(v)
				}
				SetSyntaxAttr(t, Cast[Exception](o), i, v)
				return nil
			}}
	}
	return defs
}()

func setupSyntaxErrorType() {
	SyntaxErrorType.Str = syntaxErrorStr
	SyntaxErrorType.Init = syntaxErrorInit
	ReadyType(SyntaxErrorType, nil, syntaxErrorGetSets)
}
