// This file holds the two steps of the except* statement that work on
// exception groups: matching one clause against the exception being
// handled (CHECK_EG_MATCH), and combining, once every clause ran, what
// the clauses raised with what none of them handled (PREP_RERAISE_STAR),
// as CPython's exception_group_match and _PyExc_PrepReraiseStar do.

package object

// ExceptionGroupMatch matches exc, the exception an except* clause
// sees, against the clause's type typ. It returns the part that matches
// and the part left for the next clauses, new references: match is None
// when nothing matches (rest is then nil: exc stays as it is). A naked
// exception that matches is wrapped in ExceptionGroup("", [exc]).
func ExceptionGroupMatch(t *Thread, exc, typ *Object) (match, rest *Object, err error) {
	if exc == None {
		return None, nil, nil
	}
	if givenExceptionMatches(exc, typ) {
		if IsExceptionGroup(exc) {
			return t.NewRef(exc), None, nil
		}
		wrapped, err := NewExceptionGroup(t, "", []*Object{exc}, false)
		if err != nil {
			return nil, nil, err
		}
		return wrapped, None, nil
	}
	if !IsExceptionGroup(exc) {
		return None, nil, nil
	}
	m := &splitMatcher{byType: typ}
	match, rest, err = splitGroup(t, exc, m, true)
	if err != nil {
		return nil, nil, err
	}
	if match == nil {
		t.XDecref(rest)
		return None, nil, nil
	}
	if rest == nil {
		rest = None
	}
	return match, rest, nil
}

// CheckExceptStarType checks the type of an except* clause: exception
// classes only, and no exception group class, which would catch whole
// groups where except* splits them.
func CheckExceptStarType(t *Thread, typ *Object) error {
	classes := []*Object{typ}
	if IsTuple(typ) {
		classes = AsTuple(typ).Items
	}
	for _, c := range classes {
		if !isExceptionClass(c) {
			return t.Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
	}
	for _, c := range classes {
		if IsSubtype(AsType(c), BaseExceptionGroupType) {
			return t.Errorf(TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
		}
	}
	return nil
}

// PrepReraiseStar combines what the except* clauses of a try statement
// raised, and what none of them handled, into the exception the
// statement raises (None when there is none). orig is the exception the
// statement caught; excs lists, in order, each exception a clause's body
// raised and finally the unhandled rest (None when all was handled). An
// exception that keeps orig's traceback, cause and context was re-raised
// (a bare raise of the clause's group): the re-raised leaves go back
// together in orig's shape; the others were raised anew, and the result
// groups them with it.
func PrepReraiseStar(t *Thread, orig *Object, excs []*Object) (*Object, error) {
	if len(excs) == 0 {
		return None, nil
	}
	if !IsExceptionGroup(orig) {
		// A naked exception was wrapped: one clause at most ran.
		return t.NewRef(excs[0]), nil
	}
	var raised, reraised []*Object
	for _, e := range excs {
		if e == None {
			continue
		}
		if sameExceptionMetadata(t, e, orig) {
			reraised = append(reraised, e)
		} else {
			raised = append(raised, e)
		}
	}
	// The leaves of the re-raised groups, in orig's shape.
	ids := map[*Object]bool{}
	for _, e := range reraised {
		if err := collectLeaves(t, e, ids); err != nil {
			return nil, err
		}
	}
	reraisedEG, _, err := splitGroup(t, orig, &splitMatcher{ids: ids}, false)
	if err != nil {
		return nil, err
	}
	if len(raised) == 0 {
		if reraisedEG == nil {
			return None, nil
		}
		return reraisedEG, nil
	}
	if reraisedEG != nil {
		raised = append(raised, reraisedEG)
		defer t.Decref(reraisedEG)
	}
	if len(raised) == 1 {
		// One exception alone is raised as it is (CPython 3.11.4 on:
		// gh-103590).
		return t.NewRef(raised[0]), nil
	}
	return NewExceptionGroup(t, "", raised, true)
}

// sameExceptionMetadata reports whether a and b share their traceback,
// cause and context: what a group split from another keeps.
func sameExceptionMetadata(t *Thread, a, b *Object) bool {
	ea, eb := Cast[Exception](a), Cast[Exception](b)
	if ea.Cause != eb.Cause || ea.Context != eb.Context {
		return false
	}
	ta, tb := ExceptionTraceback(t, ea), ExceptionTraceback(t, eb)
	t.Decref(ta)
	t.Decref(tb)
	return ta == tb
}

// collectLeaves adds the leaf exceptions of e (e itself when it is not a
// group) to ids.
func collectLeaves(t *Thread, e *Object, ids map[*Object]bool) error {
	if e == None {
		return nil
	}
	if !IsExceptionGroup(e) {
		ids[e] = true
		return nil
	}
	for _, x := range GroupExceptions(e) {
		if !t.EnterRecursive() {
			return t.RecursionError(" in collect_exception_group_leaf_ids")
		}
		err := collectLeaves(t, x, ids)
		t.LeaveRecursive()
		if err != nil {
			return err
		}
	}
	return nil
}
