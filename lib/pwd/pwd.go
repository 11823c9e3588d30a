// Package pwd implements CPython's pwd module (Modules/pwdmodule.c): the
// password database, read from /etc/passwd (ftpy has no cgo, so other
// name services that glibc's getpwnam would consult are not asked).
package pwd

import (
	"bufio"
	goos "os"
	"strconv"
	"strings"

	"github.com/ftpy/ftpy/object"
	"github.com/ftpy/ftpy/vm"
)

func init() { vm.RegisterModule("pwd", newModule) }

var structPasswdType = object.NewStructSeqType(&object.StructSeqDesc{
	Name: "pwd.struct_passwd",
	Doc:  "pwd.struct_passwd: one entry of the password database, as a 7-tuple\n(pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell)\nwhose fields are also attributes.",
	Fields: object.StructSeqFields("pw_name", "login name", "pw_passwd", "password field (usually x)",
		"pw_uid", "numeric user id", "pw_gid", "numeric primary group id", "pw_gecos", "comment, often the full name",
		"pw_dir", "home directory path", "pw_shell", "login shell path"),
	NInSequence: 7,
})

// Entry is one line of /etc/passwd.
type Entry struct {
	Name, Passwd string
	UID, GID     int64
	Gecos        string
	Dir, Shell   string
}

// passwdFile is where entries are read; a variable for tests.
var passwdFile = "/etc/passwd"

// Entries reads the password database; a missing file is empty.
func Entries() []Entry {
	f, err := goos.Open(passwdFile)
	if err != nil {
		return nil
	}
	defer f.Close()
	var out []Entry
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 4096), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' || line[0] == '+' || line[0] == '-' {
			continue
		}
		p := strings.Split(line, ":")
		if len(p) != 7 {
			continue
		}
		uid, err1 := strconv.ParseInt(p[2], 10, 64)
		gid, err2 := strconv.ParseInt(p[3], 10, 64)
		if err1 != nil || err2 != nil {
			continue
		}
		out = append(out, Entry{p[0], p[1], uid, gid, p[4], p[5], p[6]})
	}
	return out
}

// LookupUID returns the name of user uid.
func LookupUID(uid int64) (string, bool) {
	for _, e := range Entries() {
		if e.UID == uid {
			return e.Name, true
		}
	}
	return "", false
}

func newEntry(t *object.Thread, e Entry) *object.Object {
	return object.NewStructSeq(t, structPasswdType, []*object.Object{
		object.FSDecode(t, e.Name), object.FSDecode(t, e.Passwd), object.NewInt(t, e.UID), object.NewInt(t, e.GID),
		object.FSDecode(t, e.Gecos), object.FSDecode(t, e.Dir), object.FSDecode(t, e.Shell)})
}

// keyError raises KeyError with message msg.
func keyError(t *object.Thread, msg string) error {
	return t.NewException(object.KeyErrorType, object.NewStr(t, msg))
}

// IDArg converts a uid or gid argument as CPython's converter does; ok
// false (with no error) means a value no id can have, which finds
// nothing.
func IDArg(t *object.Thread, o *object.Object, what string) (v int64, ok bool, err error) {
	if !object.IsInt(o) {
		n := o.Type().Number
		if n == nil || n.Index == nil {
			return 0, false, t.Errorf(object.TypeErrorType, "%s should be integer, not %s", what, o.Type().Name)
		}
	}
	v, err = object.AsInt64(t, o)
	if err != nil {
		if object.ErrorMatches(err, object.OverflowErrorType) {
			t.DropError(err)
			return 0, false, nil
		}
		return 0, false, err
	}
	if v < -1 || v > 1<<32-1 {
		return 0, false, nil
	}
	if v == -1 {
		v = 1<<32 - 1
	}
	return v, true, nil
}

// NameArg converts a name argument: a str without NUL.
func NameArg(t *object.Thread, fname string, o *object.Object) (string, error) {
	if !object.IsStr(o) {
		return "", t.Errorf(object.TypeErrorType, "%s() argument must be str, not %s", fname, o.Type().Name)
	}
	s, err := object.FSEncode(t, o)
	if err != nil {
		return "", err
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", t.Errorf(object.ValueErrorType, "embedded null byte")
	}
	return s, nil
}

var funcs = []object.MethodDef{
	{Name: "getpwuid", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.NoKeywords(t, "pwd.getpwuid", kw); err != nil {
			return nil, err
		}
		if len(a) != 1 {
			return nil, t.Errorf(object.TypeErrorType, "pwd.getpwuid() takes exactly one argument (%d given)", len(a))
		}
		uid, ok, err := IDArg(t, a[0], "uid")
		if err != nil {
			return nil, err
		}
		if ok {
			for _, e := range Entries() {
				if e.UID == uid {
					return newEntry(t, e), nil
				}
			}
			return nil, keyError(t, "getpwuid(): uid not found: "+strconv.FormatInt(uid, 10))
		}
		return nil, keyError(t, "getpwuid(): uid not found")
	}},
	{Name: "getpwnam", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		var no *object.Object
		if err := object.ParseArgs(t, "getpwnam", a, kw, []string{"name"}, 1, &no); err != nil {
			return nil, err
		}
		name, err := NameArg(t, "getpwnam", no)
		if err != nil {
			return nil, err
		}
		for _, e := range Entries() {
			if e.Name == name {
				return newEntry(t, e), nil
			}
		}
		r, err := object.ReprString(t, no)
		if err != nil {
			return nil, err
		}
		return nil, keyError(t, "getpwnam(): name not found: "+r)
	}},
	{Name: "getpwall", Fn: func(t *object.Thread, _ *object.Object, a []*object.Object, kw *object.Tuple) (*object.Object, error) {
		if err := object.CheckArgCount(t, "pwd.getpwall", a, kw, 0, 0); err != nil {
			return nil, err
		}
		es := Entries()
		items := make([]*object.Object, len(es))
		for i, e := range es {
			items[i] = newEntry(t, e)
		}
		return object.NewList(t, items).Obj(), nil
	}},
}

func newModule(st *vm.State) (*object.Object, error) {
	t := st.Thread()
	m := st.NewModule("pwd")
	for i := range funcs {
		m.Dict.SetStr(t, object.Intern(funcs[i].Name), object.NewStaticBuiltin(&funcs[i]))
	}
	object.ClaimModuleFunctions(m.Dict, "pwd")
	m.Dict.SetStr(t, object.Intern("struct_passwd"), structPasswdType.Obj())
	return m.Obj(), nil
}
