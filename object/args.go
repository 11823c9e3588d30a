// This file holds the argument-parsing helpers built-in functions and
// methods use, with CPython's error messages.

package object

// ParseArgs binds a call's arguments to parameter names. The first
// required parameters must be given; the rest are optional and left nil
// when absent. Parameters named with a leading "$" are keyword-only (the
// "$" is not part of the name); a name with a leading "/" is
// positional-only. The results are borrowed references stored in out,
// which has one pointer per parameter.
func ParseArgs(t *Thread, fname string, args []*Object, kwnames *Tuple, params []string, required int, out ...**Object) error {
	npos := len(args)
	if kwnames != nil {
		npos -= len(kwnames.Items)
	}
	maxPos := 0
	for _, p := range params {
		if p[0] == '$' {
			break
		}
		maxPos++
	}
	for _, o := range out {
		*o = nil
	}
	if npos > maxPos {
		if maxPos == required {
			switch maxPos {
			case 0:
				return t.Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, npos)
			case 1:
				return t.Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, npos)
			}
			return t.Errorf(TypeErrorType, "%s() takes exactly %d arguments (%d given)", fname, maxPos, npos)
		}
		return t.Errorf(TypeErrorType, "%s() takes at most %d argument%s (%d given)", fname, maxPos, plural(maxPos), npos)
	}
	for i := 0; i < npos; i++ {
		*out[i] = args[i]
	}
	unknown := "" // reported after missing arguments, as CPython's clinic does
	if kwnames != nil {
		for k, kn := range kwnames.Items {
			name := StrValue(kn)
			found := false
			for i, p := range params {
				pname := p
				if p[0] == '$' || p[0] == '/' {
					pname = p[1:]
				}
				if pname != name || p[0] == '/' {
					continue
				}
				if *out[i] != nil {
					return t.Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
				}
				*out[i] = args[npos+k]
				found = true
				break
			}
			if !found && unknown == "" {
				unknown = name
			}
		}
	}
	for i := 0; i < required; i++ {
		if *out[i] == nil {
			pname := params[i]
			if pname[0] == '$' || pname[0] == '/' {
				pname = pname[1:]
			}
			return t.Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, pname, i+1)
		}
	}
	if unknown != "" {
		return t.Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", unknown, fname)
	}
	return nil
}

// NoKeywords fails if a call passed keyword arguments to a function that
// takes none.
func NoKeywords(t *Thread, fname string, kwnames *Tuple) error {
	if kwnames != nil && len(kwnames.Items) > 0 {
		return t.Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// CheckArgCount checks a positional-only call's argument count, with
// CPython's messages for built-in functions.
func CheckArgCount(t *Thread, fname string, args []*Object, kwnames *Tuple, min, max int) error {
	if err := NoKeywords(t, fname, kwnames); err != nil {
		return err
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	switch {
	case min == max && min == 0:
		return t.Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, n)
	case min == max && min == 1:
		return t.Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, n)
	case min == max:
		return t.Errorf(TypeErrorType, "%s expected %d arguments, got %d", fname, min, n)
	case n < min:
		return t.Errorf(TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, plural(min), n)
	}
	return t.Errorf(TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, plural(max), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
