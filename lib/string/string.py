# The Python half of the string module: Template.
#
# ftpy has no re module, so placeholders are found by a hand-written
# scanner. The identifier patterns (the idpattern and braceidpattern
# class attributes) are matched by a small backtracking matcher that
# knows the regular expression syntax identifier patterns use: literals,
# escapes, ".", character classes, groups (plain, (?:...), and the
# (?a:...), (?i:...), (?-i:...) flag groups), alternation and the
# quantifiers * + ? {m,n} (greedy or lazy). A class-level pattern
# attribute (a whole custom regular expression) is not supported.

_IGNORECASE = 2  # re.IGNORECASE's value
_ASCII = 256  # re.ASCII's value


class _PatternError(Exception):
    pass


def _word(c, ascii_only):
    if ascii_only:
        return c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z") or ("0" <= c <= "9")
    return c == "_" or c.isalnum()


def _digit(c, ascii_only):
    return ("0" <= c <= "9") if ascii_only else c.isdecimal()


def _space(c, ascii_only):
    if ascii_only:
        return c in " \t\n\r\x0b\x0c"
    return c.isspace()


_CLASS_ESCAPES = {"w": _word, "d": _digit, "s": _space}
_CHAR_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\x0c", "v": "\x0b", "a": "\x07", "0": "\x00"}


class _Parser:
    """Parses a regular expression into nodes:
    ("pred", f) one character for which f(c) is true;
    ("seq", [nodes]); ("alt", [nodes]); ("rep", node, min, max, greedy),
    max None for unbounded."""

    def __init__(self, src, flags):
        self.src = src
        self.i = 0
        self.icase = bool(flags & _IGNORECASE)
        self.ascii = bool(flags & _ASCII)

    def fail(self, what):
        raise _PatternError("%s at position %d in %r" % (what, self.i, self.src))

    def peek(self):
        return self.src[self.i] if self.i < len(self.src) else ""

    def parse(self):
        node = self.alternation()
        if self.i < len(self.src):
            self.fail("unbalanced parenthesis")
        return node

    def alternation(self):
        options = [self.sequence()]
        self.skip()
        while self.peek() == "|":
            self.i += 1
            options.append(self.sequence())
        return options[0] if len(options) == 1 else ("alt", options)

    def skip(self):
        """Skips whitespace and comments: Template compiles its pattern
        in verbose mode."""
        while self.i < len(self.src):
            c = self.src[self.i]
            if c in " \t\n\r\x0b\x0c":
                self.i += 1
            elif c == "#":
                end = self.src.find("\n", self.i)
                self.i = len(self.src) if end < 0 else end + 1
            else:
                return

    def sequence(self):
        items = []
        self.skip()
        while self.i < len(self.src) and self.peek() not in "|)":
            atom = self.atom()
            self.skip()
            items.append(self.quantified(atom))
            self.skip()
        if not items:
            return ("seq", [])
        return items[0] if len(items) == 1 else ("seq", items)

    def quantified(self, atom):
        c = self.peek()
        if c == "*":
            lo, hi = 0, None
        elif c == "+":
            lo, hi = 1, None
        elif c == "?":
            lo, hi = 0, 1
        elif c == "{" and self.counted() is not None:
            lo, hi = self.counted()
            self.i = self.src.index("}", self.i)
        else:
            return atom
        self.i += 1
        greedy = True
        self.skip()
        if self.peek() == "?":
            self.i += 1
            greedy = False
        self.skip()
        if self.peek() in ("*", "+", "?"):
            self.fail("multiple repeat")
        return ("rep", atom, lo, hi, greedy)

    def counted(self):
        end = self.src.find("}", self.i)
        if end < 0:
            return None
        body = self.src[self.i + 1:end]
        lo, sep, hi = body.partition(",")
        if not (lo.isdigit() or (sep and lo == "")) or not (hi.isdigit() or hi == ""):
            return None
        if not sep:
            return int(lo), int(lo)
        return int(lo or "0"), (int(hi) if hi else None)

    def atom(self):
        c = self.peek()
        if c == "(":
            return self.group()
        if c == "[":
            return self.charclass()
        if c in "*+?":
            self.fail("nothing to repeat")
        self.i += 1
        if c == ".":
            return ("pred", lambda ch: ch != "\n")
        if c == "\\":
            return self.escape()
        if c in "^$":
            self.fail("anchors are not supported")
        return ("pred", self.literal(c))

    def literal(self, c):
        if self.icase and c.lower() != c.upper():
            if self.ascii and not c.isascii():
                return lambda ch: ch == c
            low = c.lower()
            return lambda ch: ch.lower() == low
        return lambda ch: ch == c

    def escape(self):
        if self.i >= len(self.src):
            self.fail("bad escape (end of pattern)")
        c = self.src[self.i]
        self.i += 1
        f = _CLASS_ESCAPES.get(c.lower())
        if f is not None:
            a = self.ascii
            if c.islower():
                return ("pred", lambda ch: f(ch, a))
            return ("pred", lambda ch: not f(ch, a))
        if c in _CHAR_ESCAPES:
            return ("pred", self.literal(_CHAR_ESCAPES[c]))
        if c.isalnum():
            self.fail("bad escape \\" + c)
        return ("pred", self.literal(c))

    def charclass(self):
        self.i += 1
        negate = False
        if self.peek() == "^":
            negate = True
            self.i += 1
        tests = []
        first = True
        while True:
            if self.i >= len(self.src):
                self.fail("unterminated character set")
            c = self.src[self.i]
            if c == "]" and not first:
                self.i += 1
                break
            first = False
            self.i += 1
            if c == "\\":
                if self.i >= len(self.src):
                    self.fail("unterminated character set")
                e = self.src[self.i]
                self.i += 1
                f = _CLASS_ESCAPES.get(e.lower())
                if f is not None:
                    a = self.ascii
                    if e.islower():
                        tests.append(lambda ch, f=f: f(ch, a))
                    else:
                        tests.append(lambda ch, f=f: not f(ch, a))
                    continue
                c = _CHAR_ESCAPES.get(e, e)
            if self.peek() == "-" and self.i + 1 < len(self.src) and self.src[self.i + 1] != "]":
                hi = self.src[self.i + 1]
                self.i += 2
                if hi == "\\":
                    hi = self.src[self.i]
                    self.i += 1
                    hi = _CHAR_ESCAPES.get(hi, hi)
                if hi < c:
                    self.fail("bad character range %s-%s" % (c, hi))
                tests.append(lambda ch, lo=c, hi=hi: lo <= ch <= hi)
            else:
                tests.append(lambda ch, lo=c: ch == lo)
        icase, ascii_only = self.icase, self.ascii

        def member(ch):
            for t in tests:
                if t(ch):
                    return True
            if icase and (not ascii_only or ch.isascii()):
                for other in (ch.lower(), ch.upper()):
                    if other != ch and (not ascii_only or other.isascii()):
                        for t in tests:
                            if t(other):
                                return True
            return False
        if negate:
            return ("pred", lambda ch: not member(ch))
        return ("pred", member)

    def group(self):
        self.i += 1
        saved = (self.icase, self.ascii)
        if self.peek() == "?":
            self.i += 1
            c = self.peek()
            if c == "P" and self.src[self.i + 1:self.i + 2] == "<":
                end = self.src.find(">", self.i)
                if end < 0:
                    self.fail("missing >")
                self.i = end + 1
            elif c == ":":
                self.i += 1
            else:
                on = True
                while True:
                    c = self.peek()
                    self.i += 1
                    if c == ":":
                        break
                    if c == "-":
                        on = False
                    elif c == "i":
                        self.icase = on
                    elif c == "a":
                        self.ascii = on
                    elif c in "msxuL":
                        pass
                    else:
                        self.fail("unknown extension ?" + c)
        node = self.alternation()
        if self.peek() != ")":
            self.fail("missing ), unterminated subpattern")
        self.i += 1
        self.icase, self.ascii = saved
        return node


def _match(node, s, i, k):
    """Matches node at s[i:], then calls the continuation k with the end
    position; returns what k returned (an end position) or None."""
    kind = node[0]
    if kind == "pred":
        if i < len(s) and node[1](s[i]):
            return k(i + 1)
        return None
    if kind == "seq":
        items = node[1]

        def step(j, n):
            if n == len(items):
                return k(j)
            return _match(items[n], s, j, lambda e: step(e, n + 1))
        return step(i, 0)
    if kind == "alt":
        for option in node[1]:
            r = _match(option, s, i, k)
            if r is not None:
                return r
        return None
    _, child, lo, hi, greedy = node
    if child[0] == "pred":
        pred = child[1]
        n = 0
        while (hi is None or n < hi) and i + n < len(s) and pred(s[i + n]):
            n += 1
        if n < lo:
            return None
        counts = range(n, lo - 1, -1) if greedy else range(lo, n + 1)
        for c in counts:
            r = k(i + c)
            if r is not None:
                return r
        return None

    def again(j, n):
        if greedy:
            if hi is None or n < hi:
                r = _match(child, s, j, lambda e: again(e, n + 1) if e != j else None)
                if r is not None:
                    return r
            return k(j) if n >= lo else None
        if n >= lo:
            r = k(j)
            if r is not None:
                return r
        if hi is None or n < hi:
            return _match(child, s, j, lambda e: again(e, n + 1) if e != j else None)
        return None
    return again(i, 0)


def _matcher(pattern, flags):
    node = _Parser(pattern, flags).parse()
    return lambda s, i: _match(node, s, i, lambda e: e)


_no_mapping = {}  # substitute()'s default: the keywords alone are the mapping


class Template:
    """A string class for supporting $-substitutions."""

    delimiter = "$"
    idpattern = r"(?a:[_a-z][_a-z0-9]*)"
    braceidpattern = None
    flags = _IGNORECASE

    def __init_subclass__(cls):
        super().__init_subclass__()
        cls._compile()

    @classmethod
    def _compile(cls):
        # As in CPython, the class attributes are read once, when the
        # class is made.
        if "pattern" in cls.__dict__:
            raise NotImplementedError("string.Template: a custom pattern is not supported (ftpy has no re module)")
        cls._delim = cls.delimiter
        cls._icase = bool(cls.flags & _IGNORECASE)
        cls._named = staticmethod(_matcher(cls.idpattern, cls.flags))
        cls._braced = staticmethod(_matcher("(?:%s)\\}" % (cls.braceidpattern or cls.idpattern), cls.flags))

    def __init__(self, template):
        self.template = template

    def _scan(self):
        """Yields (start, end, kind, name) for each placeholder, left to
        right: kind is "escaped", "named", "braced" or "invalid" (whose end
        is just past the delimiter)."""
        s = self.template
        if not isinstance(s, str):
            raise TypeError("expected string or bytes-like object, got %r" % type(s).__name__)
        delim = self._delim
        n = len(delim)
        if n == 0:
            return  # every empty match is an escape: the text stays as it is
        cased = self._icase and delim.lower() != delim.upper()
        if cased:
            folded = delim.lower()

            def at(j):
                return s[j:j + n].lower() == folded
        else:
            def at(j):
                return s.startswith(delim, j)
        i = 0
        while True:
            i = _find_folded(s, at, i, n) if cased else s.find(delim, i)
            if i < 0:
                return
            j = i + n
            if at(j):
                yield i, j + n, "escaped", None
                i = j + n
                continue
            end = self._named(s, j)
            if end is not None:
                yield i, end, "named", s[j:end]
                i = end
                continue
            if s.startswith("{", j):
                end = self._braced(s, j + 1)
                if end is not None:
                    yield i, end, "braced", s[j + 1:end - 1]
                    i = end
                    continue
            yield i, j, "invalid", None
            i = j

    def _invalid(self, i):
        lines = self.template[:i].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, kws, safe):
        if mapping is _no_mapping:
            mapping = kws
        elif kws:
            mapping = _Chain(kws, mapping)
        s = self.template
        out = []
        last = 0
        for start, end, kind, name in self._scan():
            out.append(s[last:start])
            last = end
            if kind == "escaped":
                out.append(self.delimiter)
            elif kind == "invalid":
                if not safe:
                    self._invalid(end)
                out.append(s[start:end])
            elif safe:
                try:
                    value = mapping[name]
                except KeyError:
                    out.append(s[start:end])
                else:
                    out.append(str(value))
            else:
                out.append(str(mapping[name]))
        out.append(s[last:])
        return "".join(out)

    def substitute(self, mapping=_no_mapping, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=_no_mapping, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        for _, _, kind, _ in self._scan():
            if kind == "invalid":
                return False
        return True

    def get_identifiers(self):
        ids = []
        for _, _, _, name in self._scan():
            if name is not None and name not in ids:
                ids.append(name)
        return ids


Template._compile()


def _find_folded(s, at, i, n):
    """The position of the next delimiter at or after i, case folded."""
    while i <= len(s) - n:
        if at(i):
            return i
        i += 1
    return -1


class _Chain:
    """The keywords, then the mapping (collections.ChainMap's lookup)."""

    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        try:
            return self.second[key]
        except KeyError:
            raise KeyError(key) from None
