package object

import (
	"sync"
	"testing"
	"time"
)

// A shared AttributeError raised by several threads' lookups at once,
// while another thread sets and reads its name: each lookup records its
// context at most once, and reads see a whole value (run under -race).
func TestAttributeErrorContextShared(t *testing.T) {
	th := attached(t)
	shared := th.NewException(AttributeErrorType, NewStr(th, "shared"))
	typ := NewStaticType(&Type{Name: "raiser", GetAttr: func(t *Thread, o *Object, name *Str) (*Object, error) {
		t.Incref(shared.Obj())
		return nil, shared
	}})
	getset := fieldGetSet("name", fieldName)
	deadline := time.Now().Add(200 * time.Millisecond)
	var wg sync.WaitGroup
	th.Detach()
	for g := 0; g < 3; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			u := NewThread()
			u.Attach()
			defer u.Exit()
			o := newPlain(u, g)
			o.typ = typ
			name := Intern("attr")
			for i := 0; i < 2000 && time.Now().Before(deadline); i++ {
				if g == 0 {
					if err := getset.Set(u, shared.Obj(), name.Obj()); err != nil {
						t.Error(err)
						return
					}
					v, _ := getset.Get(u, shared.Obj())
					if v != None && !IsStr(v) {
						t.Errorf("name is a %s", v.typ.Name)
					}
					u.Decref(v)
					getset.Set(u, shared.Obj(), nil)
					continue
				}
				_, err := GetAttr(u, o, name)
				if err != shared {
					t.Errorf("got %v, want the shared error", err)
					return
				}
				u.DropError(err)
			}
		}(g)
	}
	wg.Wait()
	th.Attach()
	if n, o := shared.NameAttr(), shared.AttributeErrorObj(); n != nil && !IsStr(n) || o != nil && o.typ != typ {
		t.Errorf("name %v, obj %v", n, o)
	}
	th.Decref(shared.Obj())
}

// The fields of NameError, AttributeError and ImportError: keyword
// arguments, reset by __init__, and ImportError's msg from its one
// argument.
func TestExceptionFields(t *testing.T) {
	th := attached(t)
	e := th.NewException(ImportErrorType, NewStr(th, "no module"))
	if m := e.field(fieldMsg); m == nil || StrValue(m) != "no module" {
		t.Errorf("msg = %v", m)
	}
	th.SetImportErrorAttrs(e, NewStrStatic("mod"), nil)
	if n := e.NameAttr(); n == nil || StrValue(n) != "mod" {
		t.Errorf("name = %v", n)
	}
	err := importErrorInit(th, e.Obj(), []*Object{NewStrStatic("a"), NewStrStatic("b")}, nil)
	if err != nil || e.NameAttr() != nil || e.field(fieldMsg) != nil {
		t.Errorf("re-init: err %v, name %v, msg %v", err, e.NameAttr(), e.field(fieldMsg))
	}
	err = attributeErrorInit(th, e.Obj(), []*Object{NewStrStatic("v")}, NewTuple(th, []*Object{NewStrStatic("nope")}))
	if err == nil || !ErrorMatches(err, TypeErrorType) {
		t.Errorf("bad keyword: %v", err)
	}
	th.DropError(err)
	th.Decref(e.Obj())
}
