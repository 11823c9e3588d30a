// This file holds the checks CPython's compiler makes on match
// statements, which raise SyntaxError: names bound twice, irrefutable
// patterns that make later ones unreachable, alternatives binding
// different names, and repeated starred names, keys and attributes.

package syntax

import "slices"

// matchStmt checks a match statement: its subject, each case's pattern,
// guard and body.
func (c *checker) matchStmt(s *Match) {
	c.expr(s.Subject)
	for i, mc := range s.Cases {
		c.pattern(mc.Pattern, &[]string{})
		if mc.Guard == nil && i < len(s.Cases)-1 {
			if as, ok := mc.Pattern.(*MatchAs); ok && as.Pattern == nil {
				if as.Name == "" {
					c.errorAt(mc.Pattern, "wildcard makes remaining patterns unreachable")
				}
				c.errorAt(mc.Pattern, "name capture '%s' makes remaining patterns unreachable", as.Name)
			}
		}
		c.optExpr(mc.Guard)
		c.stmts(mc.Body)
	}
}

// bindName records a capture in bound, the names the pattern binds so far.
func (c *checker) bindName(n Node, name string, bound *[]string) {
	if name == "" {
		return
	}
	if slices.Contains(*bound, name) {
		c.errorAt(n, "multiple assignments to name '%s' in pattern", name)
	}
	*bound = append(*bound, name)
}

// pattern checks a pattern, adding the names it binds to bound.
func (c *checker) pattern(p Pattern, bound *[]string) {
	switch p := p.(type) {
	case *MatchValue:
		c.expr(p.Value)
	case *MatchSequence:
		stars := 0
		for _, sub := range p.Patterns {
			if _, ok := sub.(*MatchStar); ok {
				if stars++; stars > 1 {
					c.errorAt(sub, "multiple starred names in sequence pattern")
				}
			}
			c.pattern(sub, bound)
		}
	case *MatchStar:
		c.bindName(p, p.Name, bound)
	case *MatchMapping:
		var seen []string
		for i, k := range p.Keys {
			c.expr(k)
			if k, ok := k.(*Constant); ok {
				r := ConstantRepr(k.Value)
				if slices.Contains(seen, r) {
					c.errorAt(k, "mapping pattern checks duplicate key (%s)", r)
				}
				seen = append(seen, r)
			}
			c.pattern(p.Patterns[i], bound)
		}
		c.bindName(p, p.Rest, bound)
	case *MatchClass:
		c.expr(p.Cls)
		for _, sub := range p.Patterns {
			c.pattern(sub, bound)
		}
		for i, attr := range p.KwdAttrs {
			if slices.Contains(p.KwdAttrs[:i], attr) {
				c.errorAt(p.KwdPatterns[i], "attribute name repeated in class pattern: %s", attr)
			}
			c.pattern(p.KwdPatterns[i], bound)
		}
	case *MatchAs:
		if p.Pattern != nil {
			c.pattern(p.Pattern, bound)
		}
		c.bindName(p, p.Name, bound)
	case *MatchOr:
		var first []string
		for i, alt := range p.Patterns {
			if as, ok := alt.(*MatchAs); ok && as.Pattern == nil && i < len(p.Patterns)-1 {
				if as.Name == "" {
					c.errorAt(alt, "wildcard makes remaining patterns unreachable")
				}
				c.errorAt(alt, "name capture '%s' makes remaining patterns unreachable", as.Name)
			}
			names := slices.Clone(*bound)
			c.pattern(alt, &names)
			names = names[len(*bound):]
			slices.Sort(names)
			if i == 0 {
				first = names
			} else if !slices.Equal(first, names) {
				c.errorAt(alt, "alternative patterns bind different names")
			}
		}
		*bound = append(*bound, first...)
	}
}
