package sqlite3

import "testing"

func TestSkipSpaceAndComments(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"", ""},
		{"  \n\t", ""},
		{"-- only a comment", ""},
		{"-- c\nselect 1", "select 1"},
		{"/* a */ /* b */ insert", "insert"},
		{"/* unterminated", ""},
		{" ;", ";"},
	} {
		if got := skipSpaceAndComments(c.in); got != c.want {
			t.Errorf("skipSpaceAndComments(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestIsDMLStatement(t *testing.T) {
	for _, c := range []struct {
		sql string
		dml bool
	}{
		{"insert into t values (1)", true},
		{"  UPDATE t set a = 1", true},
		{"-- c\n/* d */ delete from t", true},
		{"Replace into t values (1)", true},
		{"select 1", false},
		{"create table t(a)", false},
		{"ins", false},
	} {
		if got := isDMLStatement(c.sql); got != c.dml {
			t.Errorf("isDMLStatement(%q) = %v, want %v", c.sql, got, c.dml)
		}
	}
}

func TestASCIIEqualFold(t *testing.T) {
	for _, c := range []struct {
		a, b string
		eq   bool
	}{
		{"abc", "ABC", true},
		{"a_1", "A_1", true},
		{"é", "É", false}, // only ASCII folds, as in CPython's Row
		{"a", "ab", false},
		{"a\x7f1", "a_1", false},
	} {
		if got := asciiEqualFold(c.a, c.b); got != c.eq {
			t.Errorf("asciiEqualFold(%q, %q) = %v, want %v", c.a, c.b, got, c.eq)
		}
	}
}
