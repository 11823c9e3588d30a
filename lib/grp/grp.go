// Package grp implements CPython's grp module (Modules/grpmodule.c): the
// group database, read from /etc/group (ftpy has no cgo, so other name
// services are not asked).
package grp

import (
	"bufio"
	goos "os"
	"strconv"
	"strings"

	"github.com/ftpy/ftpy/lib/pwd"
	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("grp", newModule) }

var structGroupType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "grp.struct_group",
	Doc:  "grp.struct_group: one entry of the group database, as a 4-tuple\n(gr_name, gr_passwd, gr_gid, gr_mem) whose fields are also attributes.",
	Fields: object.StructSeqFields("gr_name", "the group's name", "gr_passwd", "password field (usually x)",
		"gr_gid", "numeric group id", "gr_mem", "list of member login names"),
	NInSequence: 4,
})

type entry struct {
	name, passwd string
	gid          int64
	members      []string
}

var groupFile = "/etc/group"

func entries() []entry {
	f, err := goos.Open(groupFile)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4096), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		p := strings.Split(line, ":")
		if len(p) != 4 {
			continue
		}
		gid, err := strconv.ParseInt(p[2], 10, 64)
		if err != nil {
			continue
		}
		var mem []string
		if p[3] != "" {
			mem = strings.Split(p[3], ",")
		}
		out = append(out, entry{p[0], p[1], gid, mem})
	}
	return out
}

func newEntry(t *object.Thread, e entry) *object.Object {
	mem := make([]*object.Object, len(e.members))
	for i, m := range e.members {
		mem[i] = object.FSDecode(t, m)
	}
	return object.NewStructSeq(t, structGroupType, []*object.Object{
		object.FSDecode(t, e.name), object.FSDecode(t, e.passwd), object.NewInt(t, e.gid), object.NewList(t, mem).Obj()})
}

func keyError(t *object.Thread, msg string) error {
	return t.NewException(object.KeyErrorType, object.NewStr(t, msg))
}

var funcs = []object.MethodDef{
	{Name: "getgrgid", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var io *object.Object
		if err := object.ParseArgs(t, "getgrgid", a, kw, []string{"id"}, 1, &io); err != nil {
			return nil, err
		}
		gid, ok, err := pwd.IDArg(t, io, "gid")
		if err != nil {
			return nil, err
		}
		if ok {
			for _, e := range entries() {
				if e.gid == gid {
					return newEntry(t, e), nil
				}
			}
			return nil, keyError(t, "getgrgid(): gid not found: "+strconv.FormatInt(gid, 10))
		}
		return nil, keyError(t, "getgrgid(): gid not found")
	}},
	{Name: "getgrnam", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var no *object.Object
		if err := object.ParseArgs(t, "getgrnam", a, kw, []string{"name"}, 1, &no); err != nil {
			return nil, err
		}
		name, err := pwd.NameArg(t, "getgrnam", no)
		if err != nil {
			return nil, err
		}
		for _, e := range entries() {
			if e.name == name {
				return newEntry(t, e), nil
			}
		}
		r, err := object.ReprString(t, no)
		if err != nil {
			return nil, err
		}
		return nil, keyError(t, "getgrnam(): name not found: "+r)
	}},
	{Name: "getgrall", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "grp.getgrall", a, kw, 0, 0); err != nil {
			return nil, err
		}
		es := entries()
		items := make([]*object.Object, len(es))
		for i, e := range es {
			items[i] = newEntry(t, e)
		}
		return object.NewList(t, items).Obj(), nil
	}},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("grp")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "grp")
	m.Dict.SetStr(t, object.Intern("struct_group"), structGroupType.Obj())
	return m.Obj(), nil
}
