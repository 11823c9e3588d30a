// This file holds an interpreter's codec registry (CPython's
// interp->codec_search_path, codec_search_cache and codec_error_registry):
// the search functions codecs.register adds, the CodecInfo each found,
// and the error handlers codecs.register_error names. The _codecs module
// (lib/codecsmodule) is its Python face; str.encode and bytes.decode
// reach it through object.CodecHost for the encodings and error handlers
// the Go codecs lack.

package vm

import (
	"strings"
	"sync"

	"github.com/ftpy/ftpy/object"
)

type codecRegistry struct {
	mu sync.Mutex
	// starter is the thread importing the encodings package, which
	// other threads wait for (started tells them it is done); the
	// importing thread itself goes on, as encodings registers its search
	// function through this registry.
	starter  *State
	started  bool
	startEnd chan struct{}    // closed once the import is done
	search   []*object.Object // owned
	cache    map[string]*object.Object
	handlers map[string]*object.Object
}

// normalizeCodecName is the registry's key for an encoding name: lower
// case, spaces as underscores (the encodings package's search function
// normalises further).
func normalizeCodecName(name string) string {
	b := []byte(name)
	for i, c := range b {
		switch {
		case 'A' <= c && c <= 'Z':
			b[i] = c + 'a' - 'A'
		case c == ' ':
			b[i] = '_'
		}
	}
	return string(b)
}

// startCodecs imports the encodings package the first time the registry
// is used, as CPython does; it registers the standard search function.
// Without one (no Lib on the path) the registry simply starts empty.
func (st *State) startCodecs() {
	r := &st.interp.codecs
	r.mu.Lock()
	if r.started || r.starter == st {
		r.mu.Unlock()
		return
	}
	if r.starter != nil {
		done := r.startEnd
		r.mu.Unlock()
		// Detached while waiting: the import runs Python code, which
		// may need every thread to stop for a collection.
		st.t.Detach()
		<-done
		st.t.Attach()
		return
	}
	r.starter = st
	r.startEnd = make(chan struct{})
	r.mu.Unlock()
	m, err := st.Import("encodings")
	if err != nil {
		st.t.DropError(err)
	} else {
		st.t.Decref(m)
	}
	r.mu.Lock()
	r.started = true
	close(r.startEnd)
	r.mu.Unlock()
}

// RegisterCodecSearch adds a search function (codecs.register).
func (st *State) RegisterCodecSearch(fn *object.Object) {
	st.startCodecs()
	r := &st.interp.codecs
	r.mu.Lock()
	r.search = append(r.search, st.t.NewRef(fn))
	r.mu.Unlock()
}

// UnregisterCodecSearch removes a search function and empties the cache
// (codecs.unregister).
func (st *State) UnregisterCodecSearch(fn *object.Object) {
	r := &st.interp.codecs
	r.mu.Lock()
	var dropped []*object.Object
	for i, f := range r.search {
		if f == fn {
			dropped = append(dropped, f)
			r.search = append(r.search[:i:i], r.search[i+1:]...)
			for _, c := range r.cache {
				dropped = append(dropped, c)
			}
			r.cache = nil
			break
		}
	}
	r.mu.Unlock()
	for _, o := range dropped {
		st.t.Decref(o)
	}
}

// LookupCodec returns a new reference to the CodecInfo the search
// functions give for an encoding name (codecs.lookup).
func (st *State) LookupCodec(encoding string) (*object.Object, error) {
	t := st.t
	if strings.IndexByte(encoding, 0) >= 0 {
		return nil, t.Errorf(object.ValueErrorType, "embedded null character")
	}
	st.startCodecs()
	key := normalizeCodecName(encoding)
	r := &st.interp.codecs
	r.mu.Lock()
	if c := r.cache[key]; c != nil {
		c = t.NewRef(c)
		r.mu.Unlock()
		return c, nil
	}
	search := make([]*object.Object, len(r.search))
	for i, f := range r.search {
		search[i] = t.NewRef(f)
	}
	r.mu.Unlock()
	defer func() {
		for _, f := range search {
			t.Decref(f)
		}
	}()
	if len(search) == 0 {
		return nil, t.Errorf(object.LookupErrorType, "unknown encoding: %s", encoding)
	}
	arg := object.NewStr(t, key)
	defer t.Decref(arg)
	for _, f := range search {
		res, err := object.Call(t, f, []*object.Object{arg}, nil)
		if err != nil {
			return nil, err
		}
		if res == object.None {
			continue
		}
		if !object.IsTuple(res) || len(object.Cast[object.Tuple](res).Items) != 4 {
			t.Decref(res)
			return nil, t.Errorf(object.TypeErrorType, "codec search functions must return 4-tuples")
		}
		r.mu.Lock()
		if r.cache == nil {
			r.cache = map[string]*object.Object{}
		}
		old := r.cache[key]
		r.cache[key] = t.NewRef(res)
		r.mu.Unlock()
		if old != nil {
			t.Decref(old)
		}
		return res, nil
	}
	return nil, t.Errorf(object.LookupErrorType, "unknown encoding: %s", encoding)
}

// RegisterErrorHandler names an error handler (codecs.register_error).
func (st *State) RegisterErrorHandler(name string, fn *object.Object) {
	r := &st.interp.codecs
	r.mu.Lock()
	if r.handlers == nil {
		r.handlers = map[string]*object.Object{}
	}
	old := r.handlers[name]
	r.handlers[name] = st.t.NewRef(fn)
	r.mu.Unlock()
	if old != nil {
		st.t.Decref(old)
	}
}

// LookupErrorHandler returns a new reference to the handler registered
// under name, or nil if there is none.
func (st *State) LookupErrorHandler(name string) *object.Object {
	r := &st.interp.codecs
	r.mu.Lock()
	defer r.mu.Unlock()
	if h := r.handlers[name]; h != nil {
		return st.t.NewRef(h)
	}
	return nil
}

var _ object.CodecHost = (*State)(nil)
