package ext_test

import (
	"fmt"

	"github.com/ftpy/ftpy/ext"
	"github.com/ftpy/ftpy/object"
)

// Converting Go values to Python objects and back.
func ExampleFromGo() {
	t := object.NewThread()
	t.Attach()
	defer t.Exit()

	o, err := ext.FromGo(t, map[string]any{"xs": []int{1, 2}, "t": ext.Tuple{"a", nil}})
	if err != nil {
		panic(err)
	}
	defer t.Decref(o)
	l, _ := ext.FromGo(t, []any{1, 2.5, "s", []byte("b"), true, nil})
	r, _ := ext.Repr(t, l)
	t.Decref(l)
	fmt.Println(r)
	xs, err := ext.ToGo[map[string]any](t, o)
	fmt.Println(xs["xs"], xs["t"], err)

	_, err = ext.ToGo[string](t, object.None)
	fmt.Println(err)
	ext.DropError(t, err)
	// Output:
	// [1, 2.5, 's', b'b', True, None]
	// [1 2] [a <nil>] <nil>
	// TypeError: expected str, not NoneType
}

// Binding a plain Go function: arguments and results are converted, and
// calls with the wrong arguments raise TypeError.
func ExampleBind() {
	t := object.NewThread()
	t.Attach()
	defer t.Exit()

	f := ext.Bind("add", func(a, b int) (int, error) { return a + b, nil })
	x, y := object.NewInt(t, 40), object.NewInt(t, 2)
	defer t.Decref(x)
	defer t.Decref(y)
	r, _ := f.Fn(t, []*object.Object{x, y}, nil)
	fmt.Println(ext.ToGo[int](t, r))
	t.Decref(r)
	_, err := f.Fn(t, []*object.Object{x}, nil)
	fmt.Println(err)
	ext.DropError(t, err)
	// Output:
	// 42 <nil>
	// TypeError: add() takes 2 positional arguments but 1 was given
}
