// Fuzz targets of number parsing and formatting: int() and float() of
// any string, format(x, spec) and printf-style % formatting of str and
// bytes. Each must give a value or one of the exceptions CPython raises
// for bad input, never a panic, a hang or a wrong round trip.

package object

import (
	"fmt"
	"math"
	"testing"

	"github.com/ftpy/ftpy/internal/fuzzing"
)

func FuzzIntParse(f *testing.F) {
	for _, s := range []string{"0", "-12", " +1_000 ", "0x_fF", "0o17", "0b101", "z", "1__0", "_1", "٣",
		"１２", "99999999999999999999999999", "0_0", "00", "09", "0x", "1e5", "\t-0b1\n", "\x00"} {
		for _, base := range []int{10, 0, 16, 2, 36, 37, 1, -1} {
			f.Add(s, base)
		}
	}
	t := NewThread()
	t.Attach()
	f.Fuzz(func(tt *testing.T, s string, base int) {
		if len(s) > 4000 {
			return
		}
		s = pyText(s)
		what := func() string { return fmt.Sprintf("int(%q, %d)", s, base) }
		fuzzing.Within(fuzzing.PerInput, what, func() {
			str := NewStr(t, s)
			defer t.Decref(str)
			b := NewInt(t, int64(base))
			defer t.Decref(b)
			for _, x := range []*Object{str, NewBytes(t, []byte(s))} {
				v, err := Call(t, IntType.Obj(), []*Object{x, b}, nil)
				if x != str {
					t.Decref(x)
				}
				if err != nil {
					checkError(tt, t, err, what)
					continue
				}
				// The value must read back as itself in base 10.
				r, err := StrOf(t, v)
				if err != nil {
					tt.Fatalf("%s: str() of the result: %v", what(), err)
				}
				back, err := Call(t, IntType.Obj(), []*Object{r}, nil)
				if err != nil {
					tt.Fatalf("%s = %s does not read back: %v", what(), AsStr(r).s, err)
				}
				if eq, _ := RichCompareBool(t, v, back, EQ); !eq {
					tt.Fatalf("%s = %s reads back as another value", what(), AsStr(r).s)
				}
				t.Decref(r)
				t.Decref(back)
				t.Decref(v)
			}
		})
	})
}

func FuzzFloatParse(f *testing.F) {
	for _, s := range []string{"0", "-1.5", " 1e10 ", "1_0.0_1", "inf", "-Infinity", "nan", "+NaN", "1e", ".", "1.",
		".5", "0x1p3", "1e-400", "1e400", "1__0", "١.٥", "\u2003 2 ", "infinit", "9" + string(make([]byte, 0))} {
		f.Add(s)
	}
	t := NewThread()
	t.Attach()
	f.Fuzz(func(tt *testing.T, s string) {
		if len(s) > 4000 {
			return
		}
		s = pyText(s)
		what := func() string { return fmt.Sprintf("float(%q)", s) }
		fuzzing.Within(fuzzing.PerInput, what, func() {
			str := NewStr(t, s)
			defer t.Decref(str)
			v, err := Call(t, FloatType.Obj(), []*Object{str}, nil)
			if err != nil {
				checkError(tt, t, err, what)
				return
			}
			defer t.Decref(v)
			// repr() must read back as the same float.
			r, err := Repr(t, v)
			if err != nil {
				tt.Fatalf("%s: repr() of the result: %v", what(), err)
			}
			defer t.Decref(r)
			back, err := FloatFromString(t, AsStr(r).s)
			if err != nil {
				tt.Fatalf("%s = %s does not read back: %v", what(), AsStr(r).s, err)
			}
			if x := FloatValue(v); back != x && !(math.IsNaN(back) && math.IsNaN(x)) || math.Signbit(back) != math.Signbit(x) {
				tt.Fatalf("%s = %s reads back as %v", what(), AsStr(r).s, back)
			}
		})
	})
}

func FuzzFormatSpec(f *testing.F) {
	for _, spec := range []string{"", "d", "x", "#X", "+08.3f", "<10", "^+#20_b", "=12,", ",.2%", "e", ".0g", "G",
		"n", "c", "s", ">5s", "z.1f", "_o", ",d", ".3", "0", "x<+#0100,.5f", "%", "{", "\x00^3"} {
		f.Add(spec, []byte{3, 200})
		f.Add(spec, []byte{12, 3})
		f.Add(spec, []byte{19, 1})
		f.Add(spec, []byte{8})
	}
	t := NewThread()
	t.Attach()
	f.Fuzz(func(tt *testing.T, spec string, data []byte) {
		if len(spec) > 64 || hasHugeNumber(spec) {
			return
		}
		spec = pyText(spec)
		in := &fuzzInput{data: data}
		v := in.value(t)
		defer t.Decref(v)
		what := func() string { r, _ := ReprString(t, v); return fmt.Sprintf("format(%s, %q)", r, spec) }
		fuzzing.Within(fuzzing.PerInput, what, func() {
			r, err := Format(t, v, spec)
			if err != nil {
				checkError(tt, t, err, what)
				return
			}
			if !IsStr(r) {
				tt.Fatalf("%s returned a %s", what(), r.typ.Name)
			}
			t.Decref(r)
		})
	})
}

func FuzzPercentFormat(f *testing.F) {
	for _, format := range []string{"%s", "%r %a", "%5d|%-5i|%05u", "%x %#X %#o", "%.3e %E %f %F %g %G", "%c",
		"%(a)s %(s)r", "%*.*f", "%%", "%", "%z", "%-+ #08.3d", "% d", "%.0s", "%(", "%b", "%(a)*d"} {
		f.Add(format, []byte{3, 7, 12, 1, 19, 2})
		f.Add(format, []byte{27})
		f.Add(format, []byte{25, 20, 2, 'h', 'i'})
	}
	t := NewThread()
	t.Attach()
	f.Fuzz(func(tt *testing.T, format string, data []byte) {
		if len(format) > 128 || hasHugeNumber(format) {
			return
		}
		text := pyText(format)
		in := &fuzzInput{data: data}
		var args *Object
		if n := int(in.byte() % 5); n == 4 {
			args = in.value(t) // a single value (or a mapping) as the right operand
		} else {
			items := make([]*Object, n)
			for i := range items {
				items[i] = in.value(t)
			}
			args = &NewTuple(t, items).Object
		}
		defer t.Decref(args)
		for _, fmtObj := range []*Object{NewStr(t, text), NewBytes(t, []byte(format))} {
			what := func() string {
				a, _ := ReprString(t, args)
				r, _ := ReprString(t, fmtObj)
				return fmt.Sprintf("%s %% %s", r, a)
			}
			fuzzing.Within(fuzzing.PerInput, what, func() {
				var r *Object
				var err error
				if IsStr(fmtObj) {
					r, err = StrPercentFormat(t, fmtObj, args)
				} else {
					r, err = BytesPercentFormat(t, fmtObj, args)
				}
				if err != nil {
					checkError(tt, t, err, what)
					return
				}
				if r.typ != fmtObj.typ {
					tt.Fatalf("%s returned a %s", what(), r.typ.Name)
				}
				t.Decref(r)
			})
			t.Decref(fmtObj)
		}
	})
}
