// This file lets exceptions be copied and pickled as CPython's are:
// BaseException.__reduce__ gives (type, args) and the instance dict (its
// notes and other attributes) when there is one, which __setstate__
// sets back; OSError's adds the file names its args leave out.

package object

// exceptionReduce is BaseException.__reduce__.
func exceptionReduce(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__reduce__", args, kwnames, 0, 0); err != nil {
		return nil, err
	}
	e := Cast[Exception](self)
	if IsSubtype(self.typ, OSErrorType) {
		return osErrorReduce(t, e), nil
	}
	eargs := &emptyTuple.Object
	if e.Args != nil {
		eargs = &e.Args.Object
	}
	items := []*Object{TypeOf(self), eargs}
	if e.Dict != nil {
		items = append(items, &e.Dict.Object)
	}
	return NewTupleRefs(t, items...).Obj(), nil
}

// osErrorReduce is OSError.__reduce__: args with the file names put back
// (errno, strerror, filename[, winerror, filename2]) and the dict less
// the attributes the constructor sets.
func osErrorReduce(t *Thread, e *Exception) *Object {
	var eargs *Object = &emptyTuple.Object
	if e.Args != nil {
		eargs = &e.Args.Object
	}
	get := func(name string) *Object {
		if e.Dict == nil {
			return None
		}
		if v := e.Dict.GetStr(Intern(name)); v != nil {
			return v
		}
		return None
	}
	var owned *Object
	if e.Args != nil && len(e.Args.Items) == 2 && get("filename") != None {
		items := []*Object{e.Args.Items[0], e.Args.Items[1], get("filename")}
		if f2 := get("filename2"); f2 != None {
			items = append(items, None, f2)
		}
		owned = NewTupleRefs(t, items...).Obj()
		eargs = owned
	}
	items := []*Object{TypeOf(&e.Object), eargs}
	var state *Dict
	if e.Dict != nil {
		state = NewDict(t)
		skip := map[string]bool{}
		for _, a := range osErrorAttrs {
			skip[a] = true
		}
		snap := e.Dict.snapshot(t)
		for i, k := range snap.keys {
			if !(IsStr(k) && skip[StrValue(k)]) {
				state.SetItem(t, k, snap.values[i])
			}
		}
		snap.release(t)
		if state.Len() > 0 {
			items = append(items, state.Obj())
		}
	}
	r := NewTupleRefs(t, items...).Obj()
	if owned != nil {
		t.Decref(owned)
	}
	if state != nil {
		t.Decref(state.Obj())
	}
	return r
}

// exceptionSetState is BaseException.__setstate__(state): each item of
// the dict state becomes an attribute.
func exceptionSetState(t *Thread, self *Object, args []*Object, kwnames *Tuple) (*Object, error) {
	if err := CheckArgCount(t, "__setstate__", args, kwnames, 1, 1); err != nil {
		return nil, err
	}
	state := args[0]
	if state == None {
		return None, nil
	}
	if !IsDict(state) {
		return nil, t.Errorf(TypeErrorType, "state is not a dictionary")
	}
	snap := AsDict(state).snapshot(t)
	defer snap.release(t)
	for i, k := range snap.keys {
		if !IsStr(k) {
			return nil, t.Errorf(TypeErrorType, "attribute name must be string, not '%s'", k.typ.Name)
		}
		if err := SetAttr(t, self, Cast[Str](k), snap.values[i]); err != nil {
			return nil, err
		}
	}
	return None, nil
}
