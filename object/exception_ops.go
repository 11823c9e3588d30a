// This file gives exceptions their Python behaviour: str() and repr(),
// the args, __cause__, __context__ and __traceback__ attributes, and the
// attributes some exception types add (StopIteration.value,
// SystemExit.code, KeyError's str).

package object

func exceptionStr(t *Thread, o *Object) (*Object, error) {
	e := Cast[Exception](o)
	if e.Args == nil || len(e.Args.Items) == 0 {
		return &emptyStr.Object, nil
	}
	if len(e.Args.Items) == 1 {
		if IsSubtype(e.typ, KeyErrorType) {
			return Repr(t, e.Args.Items[0])
		}
		return StrOf(t, e.Args.Items[0])
	}
	return Repr(t, &e.Args.Object)
}

func exceptionRepr(t *Thread, o *Object) (*Object, error) {
	e := Cast[Exception](o)
	name := e.typ.Name
	if e.Args == nil || len(e.Args.Items) == 0 {
		return NewStr(t, name+"()"), nil
	}
	if len(e.Args.Items) == 1 {
		r, err := ReprString(t, e.Args.Items[0])
		if err != nil {
			return nil, err
		}
		return NewStr(t, name+"("+r+")"), nil
	}
	r, err := ReprString(t, &e.Args.Object)
	if err != nil {
		return nil, err
	}
	return NewStr(t, name+r), nil
}

// exceptionInit is BaseException.__init__: it replaces args.
func exceptionInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	e := Cast[Exception](self)
	if err := NoKeywords(t, self.typ.Name, kwnames); err != nil {
		return err
	}
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	old := e.Args
	e.Args = NewTupleRefs(t, args[:npos]...)
	if old != nil {
		t.Decref(&old.Object)
	}
	return nil
}

// dictAttr is an exception attribute kept in the instance dict, None when
// unset: ImportError's name and path, OSError's errno, strerror, ...
func dictAttr(attr string) GetSetDef {
	key := Intern(attr)
	return GetSetDef{Name: attr,
		Get: func(t *Thread, o *Object) (*Object, error) {
			if d := Cast[Exception](o).Dict; d != nil {
				if v := d.GetStr(key); v != nil {
					return t.NewRef(v), nil
				}
			}
			return None, nil
		},
		Set: func(t *Thread, o, v *Object) error {
			e := Cast[Exception](o)
			if e.Dict == nil {
				e.Dict = NewDict(t)
			}
			if v == nil {
				v = None
			}
			e.Dict.SetStr(t, key, v)
			return nil
		}}
}

func optional(t *Thread, o *Object) (*Object, error) {
	if o == nil {
		return None, nil
	}
	return t.NewRef(o), nil
}

// setOptionalException stores an exception or None in *field.
func setOptionalException(t *Thread, field **Object, v *Object, what string) error {
	if v != nil && v != None && !IsInstance(v, BaseExceptionType) {
		return t.Errorf(TypeErrorType, "exception %s must be None or derive from BaseException", what)
	}
	old := *field
	*field = nil
	if v != nil && v != None {
		*field = t.NewRef(v)
	}
	t.XDecref(old)
	return nil
}

var exceptionGetSets = []GetSetDef{
	{Name: "args", Get: func(t *Thread, o *Object) (*Object, error) {
		e := Cast[Exception](o)
		if e.Args == nil {
			return &emptyTuple.Object, nil
		}
		return t.NewRef(&e.Args.Object), nil
	}, Set: func(t *Thread, o, v *Object) error {
		if v == nil {
			return t.Errorf(TypeErrorType, "args may not be deleted")
		}
		items, err := SequenceItems(t, v)
		if err != nil {
			return err
		}
		e := Cast[Exception](o)
		old := e.Args
		e.Args = NewTuple(t, items)
		if old != nil {
			t.Decref(&old.Object)
		}
		return nil
	}},
	{Name: "__cause__", Get: func(t *Thread, o *Object) (*Object, error) {
		return optional(t, Cast[Exception](o).Cause)
	}, Set: func(t *Thread, o, v *Object) error {
		if v == nil {
			return t.Errorf(TypeErrorType, "__cause__ may not be deleted")
		}
		e := Cast[Exception](o)
		e.SuppressContext = true
		return setOptionalException(t, &e.Cause, v, "cause")
	}},
	{Name: "__context__", Get: func(t *Thread, o *Object) (*Object, error) {
		return optional(t, Cast[Exception](o).Context)
	}, Set: func(t *Thread, o, v *Object) error {
		if v == nil {
			return t.Errorf(TypeErrorType, "__context__ may not be deleted")
		}
		return setOptionalException(t, &Cast[Exception](o).Context, v, "context")
	}},
	{Name: "__suppress_context__", Get: func(t *Thread, o *Object) (*Object, error) {
		return NewBool(Cast[Exception](o).SuppressContext), nil
	}, Set: func(t *Thread, o, v *Object) error {
		if v == nil {
			return t.Errorf(TypeErrorType, "can't delete numeric/char attribute")
		}
		b, err := IsTrue(t, v)
		Cast[Exception](o).SuppressContext = b
		return err
	}},
	{Name: "__traceback__", Get: func(t *Thread, o *Object) (*Object, error) {
		return ExceptionTraceback(t, Cast[Exception](o)), nil
	}, Set: func(t *Thread, o, v *Object) error {
		return setExceptionTraceback(t, Cast[Exception](o), v)
	}},
}

// argOrNone returns args[0] of an exception, or None.
func argOrNone(t *Thread, o *Object) (*Object, error) {
	e := Cast[Exception](o)
	if e.Args != nil && len(e.Args.Items) > 0 {
		return t.NewRef(e.Args.Items[0]), nil
	}
	return None, nil
}

var exceptionMethods = []MethodDef{
	{Name: "add_note", Fn: exceptionAddNote},
	{Name: "__reduce__", Fn: exceptionReduce},
	{Name: "__setstate__", Fn: exceptionSetState},
	{Name: "with_traceback", Fn: func(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
		if len(args) != 1 || (kwnames != nil && len(kwnames.Items) > 0) {
			return nil, t.Errorf(TypeErrorType, "BaseException.with_traceback() takes exactly one argument (%d given)", len(args))
		}
		if err := setExceptionTraceback(t, Cast[Exception](self), args[0]); err != nil {
			return nil, err
		}
		return t.NewRef(self), nil
	}},
}

func init() {
	b := BaseExceptionType
	b.Str = exceptionStr
	b.Repr = exceptionRepr
	b.Init = exceptionInit
	ReadyType(b, exceptionMethods, exceptionGetSets)
	ReadyType(StopIterationType, nil, []GetSetDef{{Name: "value", Get: argOrNone}})
	ReadyType(SystemExitType, nil, []GetSetDef{{Name: "code", Get: argOrNone}})
	setupNameAttrErrorTypes()
	setupOSErrorTypes()
	setupUnicodeErrorTypes()
	setupSyntaxErrorType()
	for _, typ := range ExceptionTypes() {
		switch typ {
		case OSErrorType:
			ReadyType(typ, nil, osErrorGetSets)
			continue
		case BlockingIOErrorType:
			ReadyType(typ, nil, blockingIOErrorGetSets)
			continue
		case UnicodeEncodeErrorType, UnicodeDecodeErrorType:
			ReadyType(typ, nil, unicodeErrorGetSets)
			continue
		case ImportErrorType, SyntaxErrorType, NameErrorType, AttributeErrorType:
			continue // readied above
		}
		ReadyType(typ, nil, nil)
	}
}

// exceptionAddNote is BaseException.add_note(note): it appends note to
// the exception's __notes__ list (an ordinary attribute, made on the
// first note), which tracebacks print after the message.
func exceptionAddNote(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if len(args) != 1 || (kwnames != nil && len(kwnames.Items) > 0) {
		return nil, t.Errorf(TypeErrorType, "BaseException.add_note() takes exactly one argument (%d given)", len(args))
	}
	note := args[0]
	if !IsStr(note) {
		return nil, t.Errorf(TypeErrorType, "note must be a str, not '%s'", note.typ.Name)
	}
	notes, err := GetAttr(t, self, strNotes)
	if err != nil {
		if !ErrorMatches(err, AttributeErrorType) {
			return nil, err
		}
		t.DropError(err)
		notes = NewList(t, nil).Obj()
		if err := SetAttr(t, self, strNotes, notes); err != nil {
			t.Decref(notes)
			return nil, err
		}
	}
	defer t.Decref(notes)
	if !IsList(notes) {
		return nil, t.Errorf(TypeErrorType, "Cannot add note: __notes__ is not a list")
	}
	AsList(notes).Append(t, note)
	return None, nil
}
