// This file defines BaseExceptionGroup and ExceptionGroup (PEP 654) as
// far as ftpy supports them: construction with CPython's checks, message,
// exceptions, derive and str. The except* statement, split and subgroup
// are not there yet.

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

func init() {
	BaseExceptionGroupType.New = exceptionGroupNew
	ExceptionGroupType.New = exceptionGroupNew
	ReadyType(ExceptionGroupType, nil, nil)
	BaseExceptionGroupType.Str = exceptionGroupStr
	ReadyType(BaseExceptionGroupType, []MethodDef{
		{Name: "derive", Fn: func(t *Thread, self *Object, args []*Object, kw *Tuple) (*Object, error) {
			if err := CheckArgCount(t, "derive", args, kw, 1, 1); err != nil {
				return nil, err
			}
			msg := groupAttr(self, 0)
			return Call(t, BaseExceptionGroupType.Obj(), []*Object{msg, args[0]}, nil)
		}},
		{Name: "__class_getitem__", Kind: ClassMethod, Fn: ClassGetItemDef.Fn},
	}, []GetSetDef{
		{Name: "message", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(groupAttr(o, 0)), nil
		}},
		{Name: "exceptions", Get: func(t *Thread, o *Object) (*Object, error) {
			return t.NewRef(groupAttr(o, 1)), nil
		}},
	})
}

// exceptionGroupNew is BaseExceptionGroup.__new__(cls, message,
// exceptions) with CPython's argument checks.
func exceptionGroupNew(t *Thread, typ *Type, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := NoKeywords(t, typ.Name, kwnames); err != nil {
		return nil, err
	}
	if len(args) != 2 {
		return nil, t.Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	msg, seq := args[0], args[1]
	if !IsStr(msg) {
		return nil, t.Errorf(TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", msg.Type().Name)
	}
	var excs []*Object
	if IsStr(seq) || IsBytes(seq) || IsDict(seq) || IsSet(seq) {
		return nil, t.Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	if err := Iterate(t, seq, func(x *Object) error {
		excs = append(excs, t.NewRef(x))
		return nil
	}); err != nil {
		return nil, t.Errorf(TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	tuple := NewTuple(t, excs)
	if len(excs) == 0 {
		t.Decref(tuple.Obj())
		return nil, t.Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	allExceptions := true
	for i, e := range excs {
		if !IsInstance(e, BaseExceptionType) {
			t.Decref(tuple.Obj())
			return nil, t.Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		allExceptions = allExceptions && IsInstance(e, ExceptionType)
	}
	switch {
	case typ == BaseExceptionGroupType && allExceptions:
		typ = ExceptionGroupType // BaseExceptionGroup of Exceptions is an ExceptionGroup
	case IsSubtype(typ, ExceptionGroupType) && !allExceptions:
		t.Decref(tuple.Obj())
		return nil, t.Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
	}
	// args stays what was given (a list stays a list, as in CPython);
	// message and exceptions are kept apart, in the slots SyntaxError's
	// attributes use (a group is never a SyntaxError).
	e, err := exceptionNew(t, typ, args, nil)
	if err != nil {
		t.Decref(tuple.Obj())
		return nil, err
	}
	ex := Cast[Exception](e)
	ex.syntax = &syntaxAttrs{t.NewRef(msg), tuple.Obj()}
	return e, nil
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
	msg, excs := groupAttr(o, 0), groupAttr(o, 1)
	n := 0
	if IsTuple(excs) {
		n = len(AsTuple(excs).Items)
	}
	plural := "s"
	if n == 1 {
		plural = ""
	}
	return NewStr(t, fmt.Sprintf("%s (%d sub-exception%s)", StrValue(msg), n, plural)), nil
}
