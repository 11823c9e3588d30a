// This file gives NameError, AttributeError and ImportError the
// attributes CPython 3.11 keeps in their structs: NameError.name,
// AttributeError.name and .obj, ImportError.msg, .name and .path. They
// take keyword arguments (NameError(msg, name=...)), read None when
// unset, and are not in the instance's __dict__. The interpreter sets
// them where it raises these errors; the traceback printer reads name and
// obj to offer "Did you mean" hints.
//
// They live in Exception.fields, three pointers every exception carries:
// a pointer to a separate struct would cost an allocation on every failed
// attribute lookup (hasattr() and getattr() with a default fail often).
// For the same reason the fields are written with plain stores while the
// exception is new (no other thread sees it) and while it is freed;
// Python code sets them under tbMu with atomic stores, so that a lookup
// may test them for nil without the lock (an atomic load is an ordinary
// load on amd64 and arm64, where an atomic store is not a plain one).

package object

import (
	"sync/atomic"
	"unsafe"
)

// The slots of Exception.fields, by exception type.
const (
	fieldName = 0 // NameError.name, AttributeError.name, ImportError.name
	fieldObj  = 1 // AttributeError.obj
	fieldPath = 1 // ImportError.path
	fieldMsg  = 2 // ImportError.msg

	numFields = 3
)

// fieldGetSet is the descriptor of an attribute kept in Exception.fields:
// None when unset; deleting unsets it.
func fieldGetSet(name string, slot int) GetSetDef {
	return GetSetDef{Name: name,
		Get: func(t *Thread, o *Object) (*Object, error) {
			e := Cast[Exception](o)
			e.tbMu.Lock() // a set meanwhile could free v before it is counted
			v := e.fields[slot]
			if v != nil {
				t.Incref(v)
			}
			e.tbMu.Unlock()
			if v == nil {
				return None, nil
			}
			return v, nil
		},
		Set: func(t *Thread, o, v *Object) error {
			setField(t, Cast[Exception](o), slot, v)
			return nil
		}}
}

// setField stores v (nil unsets) in slot of e's fields.
func setField(t *Thread, e *Exception, slot int, v *Object) {
	if v != nil {
		t.Incref(v)
	}
	e.tbMu.Lock()
	old := e.fields[slot]
	e.storeField(slot, v)
	e.tbMu.Unlock()
	t.XDecref(old)
}

// field returns slot of e's fields (borrowed: the caller holds e, and
// does not let Python code run that could replace the value), nil when
// unset.
func (e *Exception) field(slot int) *Object {
	return (*Object)(atomic.LoadPointer((*unsafe.Pointer)(unsafe.Pointer(&e.fields[slot]))))
}

// storeField writes slot of e's fields, under tbMu, for field's
// lock-free readers.
func (e *Exception) storeField(slot int, v *Object) {
	atomic.StorePointer((*unsafe.Pointer)(unsafe.Pointer(&e.fields[slot])), unsafe.Pointer(v))
}

// NameAttr returns the name attribute of a NameError, AttributeError or
// ImportError (borrowed), nil when unset.
func (e *Exception) NameAttr() *Object { return e.field(fieldName) }

// AttributeErrorObj returns an AttributeError's obj attribute
// (borrowed), nil when unset.
func (e *Exception) AttributeErrorObj() *Object { return e.field(fieldObj) }

// SetImportErrorAttrs sets an ImportError's name and path attributes;
// nil leaves one as it is.
func (t *Thread) SetImportErrorAttrs(e *Exception, name, path *Object) {
	if name != nil {
		setField(t, e, fieldName, name)
	}
	if path != nil {
		setField(t, e, fieldPath, path)
	}
}

// NameErrorf returns a NameError whose message is formatted with
// fmt.Sprintf and whose name attribute is name, as the interpreter
// raises for a name it cannot find.
func (t *Thread) NameErrorf(name *Str, format string, args ...any) error {
	e := t.AsException(t.Errorf(NameErrorType, format, args...))
	t.Incref(&name.Object)
	e.fields[fieldName] = &name.Object // e is new: no other thread sees it yet
	return e
}

// AddAttributeErrorContext records on err, when it is an AttributeError
// that does not say yet which lookup failed, the attribute name and the
// object o it was looked up on, as CPython's PyObject_GetAttr does for
// every failed lookup; the printer's suggestions need both. It returns
// err.
func (t *Thread) AddAttributeErrorContext(err error, o *Object, name *Str) error {
	e := exceptionOf(err)
	if e == nil || e.field(fieldName) != nil || e.field(fieldObj) != nil ||
		!IsSubtype(e.typ, AttributeErrorType) {
		return err // the usual case: the lookup that failed said so itself
	}
	e.tbMu.Lock()
	if e.fields[fieldName] == nil && e.fields[fieldObj] == nil {
		t.Incref(&name.Object)
		t.Incref(o)
		e.storeField(fieldName, &name.Object)
		e.storeField(fieldObj, o)
	}
	e.tbMu.Unlock()
	return err
}

// AttributeErrorf returns the AttributeError a failed lookup of name on
// o raises: its message formatted with fmt.Sprintf, its name and obj.
func (t *Thread) AttributeErrorf(o *Object, name *Str, format string, args ...any) error {
	e := t.AsException(t.Errorf(AttributeErrorType, format, args...))
	t.Incref(&name.Object)
	t.Incref(o)
	e.fields[fieldName], e.fields[fieldObj] = &name.Object, o // e is new: unshared
	return e
}

// keywordFields parses the keyword arguments of an exception's
// __init__, each one of names, and stores each in the slot at the same
// index of slots; a name not given unsets its slot, as CPython's
// __init__ does. Another keyword is CPython's TypeError, raised before
// anything changes.
func keywordFields(t *Thread, self *Object, args []*Object, kwnames *Tuple, typeName string, names []string, slots []int) error {
	var vals [numFields]*Object
	if kwnames != nil {
		npos := len(args) - len(kwnames.Items)
		for i, k := range kwnames.Items {
			key := StrValue(k)
			j := 0
			for j < len(names) && names[j] != key {
				j++
			}
			if j == len(names) {
				return t.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", key, typeName)
			}
			vals[j] = args[npos+i]
		}
	}
	e := Cast[Exception](self)
	for j, slot := range slots {
		setField(t, e, slot, vals[j])
	}
	return nil
}

// positional returns args less the values of the keyword arguments.
func positional(args []*Object, kwnames *Tuple) []*Object {
	if kwnames == nil {
		return args
	}
	return args[:len(args)-len(kwnames.Items)]
}

// nameErrorInit is NameError.__init__(*args, name=None).
func nameErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, positional(args, kwnames), nil); err != nil {
		return err
	}
	return keywordFields(t, self, args, kwnames, "NameError", []string{"name"}, []int{fieldName})
}

// attributeErrorInit is AttributeError.__init__(*args, name=None,
// obj=None).
func attributeErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	if err := exceptionInit(t, self, positional(args, kwnames), nil); err != nil {
		return err
	}
	return keywordFields(t, self, args, kwnames, "AttributeError", []string{"name", "obj"}, []int{fieldName, fieldObj})
}

// importErrorInit is ImportError.__init__(*args, name=None, path=None):
// name and path are replaced (unset when not given), and msg is the
// argument when there is exactly one.
func importErrorInit(t *Thread, self *Object, args []*Object, kwnames *Tuple) error {
	pos := positional(args, kwnames)
	if err := exceptionInit(t, self, pos, nil); err != nil {
		return err
	}
	if err := keywordFields(t, self, args, kwnames, "ImportError", []string{"name", "path"}, []int{fieldName, fieldPath}); err != nil {
		return err
	}
	var msg *Object
	if len(pos) == 1 {
		msg = pos[0]
	}
	setField(t, Cast[Exception](self), fieldMsg, msg)
	return nil
}

// importErrorStr is str() of an ImportError: its msg when that is a str,
// else BaseException's.
func importErrorStr(t *Thread, o *Object) (*Object, error) {
	if msg := Cast[Exception](o).field(fieldMsg); msg != nil && msg.typ == StrType {
		return t.NewRef(msg), nil
	}
	return exceptionStr(t, o)
}

// importErrorReduce is ImportError.__reduce__: (type, args) and a state
// dict with the instance dict's items and the name and path that are
// set, which __setstate__ sets back.
func importErrorReduce(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__reduce__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	e := Cast[Exception](self)
	eargs := &emptyTuple.Object
	if e.Args != nil {
		eargs = &e.Args.Object
	}
	items := []*Object{TypeOf(self), eargs}
	name, path := e.field(fieldName), e.field(fieldPath)
	var state *Dict
	if name != nil || path != nil {
		state = NewDict(t)
		if e.Dict != nil {
			snap := e.Dict.snapshot(t)
			for i, k := range snap.keys {
				state.SetItem(t, k, snap.values[i])
			}
			snap.release(t)
		}
		if name != nil {
			state.SetStr(t, Intern("name"), name)
		}
		if path != nil {
			state.SetStr(t, Intern("path"), path)
		}
		items = append(items, state.Obj())
	} else if e.Dict != nil {
		items = append(items, e.Dict.Obj())
	}
	r := NewTupleRefs(t, items...).Obj()
	if state != nil {
		t.Decref(state.Obj())
	}
	return r, nil
}

func setupNameAttrErrorTypes() {
	NameErrorType.Init = nameErrorInit
	ReadyType(NameErrorType, nil, []GetSetDef{fieldGetSet("name", fieldName)})
	AttributeErrorType.Init = attributeErrorInit
	ReadyType(AttributeErrorType, nil, []GetSetDef{fieldGetSet("name", fieldName), fieldGetSet("obj", fieldObj)})
	ImportErrorType.Init = importErrorInit
	ImportErrorType.Str = importErrorStr
	ReadyType(ImportErrorType, []MethodDef{{Name: "__reduce__", Fn: importErrorReduce}},
		[]GetSetDef{fieldGetSet("msg", fieldMsg), fieldGetSet("name", fieldName), fieldGetSet("path", fieldPath)})
}
