// This file splits a built-in function's doc string into its signature
// and its text. As in CPython, a doc string may start with the function's
// signature, "name(params)\n--\n\n": __text_signature__ is "(params)",
// and __doc__ is the text after the marker.

package object

import "strings"

const signatureEnd = ")\n--\n\n"

// splitDoc returns the signature (with its parentheses; "" for none) and
// the text of def's doc string.
func splitDoc(def *MethodDef) (sig, text string) {
	doc := def.Doc
	if !strings.HasPrefix(doc, def.Name+"(") {
		return "", doc
	}
	i := strings.Index(doc, signatureEnd)
	if i < 0 {
		return "", doc
	}
	return doc[len(def.Name) : i+1], doc[i+len(signatureEnd):]
}

// builtinDoc is a built-in function's __doc__: its doc text, None when
// there is none.
func builtinDoc(t *Thread, def *MethodDef) *Object {
	_, text := splitDoc(def)
	return docOrNone(t, text)
}

// textSignature is a built-in function's __text_signature__, None when
// its doc string gives none.
func textSignature(t *Thread, def *MethodDef) *Object {
	sig, _ := splitDoc(def)
	return docOrNone(t, sig)
}
