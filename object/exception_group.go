// This file defines BaseExceptionGroup and ExceptionGroup (PEP 654):
// construction with CPython's checks and its choice between the two
// classes, message, exceptions, derive, split, subgroup and str. The
// except* statement's own steps (matching a clause, combining what the
// clauses raised) are in exception_star.go.

package object

import "fmt"

// BaseExceptionGroupType is BaseExceptionGroup.
var BaseExceptionGroupType = newExceptionType("BaseExceptionGroup", BaseExceptionType, "A combination of multiple unrelated exceptions.")

// ExceptionGroupType is ExceptionGroup, a static type with two bases:
// it has BaseExceptionGroup's layout and is also an Exception, so
// `except Exception` catches it.
var ExceptionGroupType = func() *Type {
	typ := &Type{
		Name:     "ExceptionGroup",
		Flags:    FlagGC | FlagWeakrefable | FlagBaseType,
		Base:     BaseExceptionGroupType,
		Bases:    []*Type{BaseExceptionGroupType, ExceptionType},
		Traverse: exceptionTraverse,
		Clear:    exceptionClear,
		Dealloc:  exceptionClear,
		DictPtr:  func(o *Object) **Dict { return &Cast[Exception](o).Dict },
	}
	return NewStaticType(typ)
}()

// PyFunctionType is the type of functions written in Python, which the
// vm defines: split and subgroup take one as a predicate (and no other
// callable, as CPython's PyFunction_Check decides).
var PyFunctionType *Type

func init() {
	BaseExceptionGroupType.New = exceptionGroupNew
	ExceptionGroupType.New = exceptionGroupNew
	ReadyType(ExceptionGroupType, nil, nil)
	BaseExceptionGroupType.Str = exceptionGroupStr
	ReadyType(BaseExceptionGroupType, []MethodDef{
		{Name: "derive", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := NoKeywords(t, "BaseExceptionGroup.derive", kw); err != nil {
				return nil, err
			}
			if len(args) != 1 {
				return nil, t.Errorf(TypeErrorType, "function takes exactly 1 argument (%d given)", len(args))
			}
			msg := groupAttr(self, 0)
			return Call(t, BaseExceptionGroupType.Obj(), []*Object{msg, args[0]}, nil)
		}},
		{Name: "split", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			return groupSplitMethod(t, "split", self, args, kw, true)
		}},
		{Name: "subgroup", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			return groupSplitMethod(t, "subgroup", self, args, kw, false)
		}},
		{Name: "__class_getitem__", Kind: ClassMethod, Fn: ClassGetItemDef.Fn},
	}, []GetSetDef{
		{Name: "message", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(groupAttr(o, 0)), nil
		}, Set: readonlyMember},
		{Name: "exceptions", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(groupAttr(o, 1)), nil
		}, Set: readonlyMember},
	})
}

// exceptionGroupNew is BaseExceptionGroup.__new__(cls, message,
// exceptions) with CPython's argument checks. Keywords are left to
// __init__, which refuses them.
func exceptionGroupNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	pos := args
	if kwnames != nil {
		pos = args[:len(args)-len(kwnames.Items)]
	}
	if len(pos) != 2 {
		return nil, t.Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(pos))
	}
	msg, seq := pos[0], pos[1]
	if !IsStr(msg) {
		return nil, t.Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", msg.Type().Name)
	}
	if !isSequence(t, seq) {
		return nil, t.Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	tuple, err := NewTupleFrom(t, seq)
	if err != nil {
		return nil, err
	}
	if len(tuple.Items) == 0 {
		t.Decref(tuple.Obj())
		return nil, t.Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	nestsBase := false
	for i, e := range tuple.Items {
		if !IsInstance(e, BaseExceptionType) {
			t.Decref(tuple.Obj())
			return nil, t.Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		nestsBase = nestsBase || !IsInstance(e, ExceptionType)
	}
	switch {
	case typ == ExceptionGroupType:
		if nestsBase {
			t.Decref(tuple.Obj())
			return nil, t.Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	case typ == BaseExceptionGroupType:
		if !nestsBase {
			typ = ExceptionGroupType // a BaseExceptionGroup of Exceptions is an ExceptionGroup
		}
	case nestsBase && IsSubtype(typ, ExceptionType):
		t.Decref(tuple.Obj())
		return nil, t.Errorf(TypeErrorType, "Cannot nest BaseExceptions in '%s'", typ.Name)
	}
	// args stays what was given (a list stays a list, as in CPython);
	// message and exceptions are kept apart, in the slots SyntaxError's
	// attributes use (a group is never a SyntaxError).
	e, err := exceptionNew(t, typ, pos, nil)
	if err != nil {
		t.Decref(tuple.Obj())
		return nil, err
	}
	ex := Cast[Exception](e)
	ex.syntax = &syntaxAttrs{t.NewRef(msg), tuple.Obj()}
	return e, nil
}

// readonlyMember refuses to set or delete a read-only member (message,
// exceptions), with the message CPython gives for its members.
func readonlyMember(t *Thread, o, v *Object) error {
	return t.Errorf(AttributeErrorType, "readonly attribute")
}

// isSequence is CPython's PySequence_Check: an object with __getitem__
// that is not a dict.
func isSequence(t *Thread, o *Object) bool {
	if IsDict(o) {
		return false
	}
	return o.typ.Lookup(Intern("__getitem__")) != nil
}

// IsExceptionGroup reports whether o is a BaseExceptionGroup.
func IsExceptionGroup(o *Object) bool { return IsInstance(o, BaseExceptionGroupType) }

// GroupExceptions returns a group's sub-exceptions, borrowed.
func GroupExceptions(o *Object) []*Object {
	if excs := groupAttr(o, 1); IsTuple(excs) {
		return AsTuple(excs).Items
	}
	return nil
}

// groupAttr returns a group's message (0) or exceptions (1), borrowed.
func groupAttr(o *Object, i int) *Object {
	e := Cast[Exception](o)
	if e.syntax == nil || e.syntax[i] == nil {
		return None
	}
	return e.syntax[i]
}

// exceptionGroupStr is "message (N sub-exception(s))".
func exceptionGroupStr(t *Thread, o *Object) (*Object, error) {
	msg := groupAttr(o, 0)
	n := len(GroupExceptions(o))
	plural := "s"
	if n == 1 {
		plural = ""
	}
	return NewStr(t, fmt.Sprintf("%s (%d sub-exception%s)", StrValue(msg), n, plural)), nil
}

// NewExceptionGroup returns BaseExceptionGroup(msg, excs): an
// ExceptionGroup when every one of excs is an Exception. Its args hold
// excs as a tuple, or with asList as a list (as CPython's are, each
// where it makes a group).
func NewExceptionGroup(t *Thread, msg string, excs []*Object, asList bool) (*Object, error) {
	var seq *Object
	if asList {
		list := NewList(t, nil)
		for _, e := range excs {
			list.Append(t, e)
		}
		seq = list.Obj()
	} else {
		seq = NewTupleRefs(t, excs...).Obj()
	}
	m := NewStr(t, msg)
	r, err := Call(t, BaseExceptionGroupType.Obj(), []*Object{m, seq}, nil)
	t.Decref(m)
	t.Decref(seq)
	return r, err
}

// splitMatcher says which leaves of a group a split keeps: those of
// exception types (byType, a class or a tuple of classes), those a
// predicate accepts, or the leaves that are themselves in ids.
type splitMatcher struct {
	byType    *Object
	predicate *Object
	ids       map[*Object]bool
}

// newSplitMatcher checks split's and subgroup's argument as CPython does.
func newSplitMatcher(t *Thread, v *Object) (*splitMatcher, error) {
	if PyFunctionType != nil && v.typ == PyFunctionType {
		return &splitMatcher{predicate: v}, nil
	}
	if isExceptionClass(v) {
		return &splitMatcher{byType: v}, nil
	}
	if v.typ == TupleType {
		ok := true
		for _, c := range AsTuple(v).Items {
			ok = ok && isExceptionClass(c)
		}
		if ok {
			return &splitMatcher{byType: v}, nil
		}
	}
	return nil, t.Errorf(TypeErrorType, "expected a function, exception type or tuple of exception types")
}

// isExceptionClass is PyExceptionClass_Check.
func isExceptionClass(o *Object) bool {
	return IsType(o) && IsSubtype(AsType(o), BaseExceptionType)
}

// matches reports whether m keeps exc whole.
func (m *splitMatcher) matches(t *Thread, exc *Object) (bool, error) {
	switch {
	case m.byType != nil:
		return givenExceptionMatches(exc, m.byType), nil
	case m.predicate != nil:
		r, err := Call(t, m.predicate, []*Object{exc}, nil)
		if err != nil {
			return false, err
		}
		ok, err := IsTrue(t, r)
		t.Decref(r)
		return ok, err
	}
	return m.ids[exc], nil
}

// givenExceptionMatches is PyErr_GivenExceptionMatches for an exception
// instance and a class or tuple of classes.
func givenExceptionMatches(exc, typ *Object) bool {
	if IsTuple(typ) {
		for _, c := range AsTuple(typ).Items {
			if givenExceptionMatches(exc, c) {
				return true
			}
		}
		return false
	}
	return IsType(typ) && IsInstance(exc, AsType(typ))
}

// groupSplitMethod is split(matcher) (withRest) and subgroup(matcher).
func groupSplitMethod(t *Thread, name string, self *Object, args []*Object, kw *Tuple, withRest bool) (*Object, error) {
	if err := NoKeywords(t, "BaseExceptionGroup."+name, kw); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, t.Errorf(TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	m, err := newSplitMatcher(t, args[0])
	if err != nil {
		return nil, err
	}
	match, rest, err := splitGroup(t, self, m, withRest)
	if err != nil {
		return nil, err
	}
	if match == nil {
		match = None
	}
	if !withRest {
		return match, nil
	}
	if rest == nil {
		rest = None
	}
	return NewTuple(t, []*Object{match, rest}).Obj(), nil
}

// splitGroup splits exc into the part m matches and, with withRest, the
// rest; each is a new reference or nil when empty. A part that is all of
// a group is the group itself; other parts are made by the group's
// derive and carry its traceback, cause, context and notes.
func splitGroup(t *Thread, exc *Object, m *splitMatcher, withRest bool) (match, rest *Object, err error) {
	ok, err := m.matches(t, exc)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return t.NewRef(exc), nil, nil
	}
	if !IsExceptionGroup(exc) {
		if withRest {
			rest = t.NewRef(exc)
		}
		return nil, rest, nil
	}
	var matches, rests []*Object
	drop := func() {
		for _, o := range matches {
			t.Decref(o)
		}
		for _, o := range rests {
			t.Decref(o)
		}
	}
	for _, e := range GroupExceptions(exc) {
		if !t.EnterRecursive() {
			drop()
			return nil, nil, t.RecursionError(" in exceptiongroup_split_recursive")
		}
		em, er, err := splitGroup(t, e, m, withRest)
		t.LeaveRecursive()
		if err != nil {
			drop()
			return nil, nil, err
		}
		if em != nil {
			matches = append(matches, em)
		}
		if er != nil {
			rests = append(rests, er)
		}
	}
	defer drop()
	if match, err = groupSubset(t, exc, matches); err != nil {
		return nil, nil, err
	}
	if withRest {
		if rest, err = groupSubset(t, exc, rests); err != nil {
			t.XDecref(match)
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// groupSubset returns orig.derive(excs) with orig's traceback, context,
// cause and a copy of its notes, or nil when excs is empty.
func groupSubset(t *Thread, orig *Object, excs []*Object) (*Object, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	list := NewList(t, nil)
	for _, e := range excs {
		list.Append(t, e)
	}
	derive, err := GetAttr(t, orig, Intern("derive"))
	if err != nil {
		t.Decref(list.Obj())
		return nil, err
	}
	eg, err := Call(t, derive, []*Object{list.Obj()}, nil)
	t.Decref(derive)
	t.Decref(list.Obj())
	if err != nil {
		return nil, err
	}
	if !IsExceptionGroup(eg) {
		t.Decref(eg)
		return nil, t.Errorf(TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	o, e := Cast[Exception](orig), Cast[Exception](eg)
	tb := ExceptionTraceback(t, o)
	if tb != None {
		err = setExceptionTraceback(t, e, tb)
	}
	t.Decref(tb)
	if err != nil {
		t.Decref(eg)
		return nil, err
	}
	setOptionalException(t, &e.Context, o.Context, "context")
	setOptionalException(t, &e.Cause, o.Cause, "cause")
	e.SuppressContext = true // as PyException_SetCause leaves it
	if err := copyNotes(t, orig, eg); err != nil {
		t.Decref(eg)
		return nil, err
	}
	return eg, nil
}

var strNotes = Intern("__notes__")

// copyNotes gives to a copy of from's __notes__, when it is a sequence
// (notes of another kind are left out rather than reported here).
func copyNotes(t *Thread, from, to *Object) error {
	notes, err := GetAttr(t, from, strNotes)
	if err != nil {
		if ErrorMatches(err, AttributeErrorType) {
			t.DropError(err)
			return nil
		}
		return err
	}
	defer t.Decref(notes)
	if !isSequence(t, notes) {
		return nil
	}
	cp, err := NewListFrom(t, notes)
	if err != nil {
		return err
	}
	err = SetAttr(t, to, strNotes, cp.Obj())
	t.Decref(cp.Obj())
	return err
}
