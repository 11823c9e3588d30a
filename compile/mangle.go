// This file mangles private names (CPython's _Py_Mangle): inside a class
// body and the functions nested in it, a name such as __x that does not
// end in two underscores stands for _Class__x, so that subclasses do not
// collide with it.

package compile

import "strings"

// Mangle returns name as written inside the class private ("" outside
// any class). type() uses it for the names in __slots__, as CPython's
// type_new does.
func Mangle(private, name string) string {
	if private == "" || !strings.HasPrefix(name, "__") || strings.HasSuffix(name, "__") || strings.Contains(name, ".") {
		return name
	}
	class := strings.TrimLeft(private, "_")
	if class == "" {
		return name // a class named only with underscores mangles nothing
	}
	return "_" + class + name
}

// mangle returns name as the scope's code refers to it.
func (u *unit) mangle(name string) string { return Mangle(u.scope.private, name) }
