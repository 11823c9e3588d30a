# Deeply nested source: CPython 3.11's SyntaxError, RecursionError or
# MemoryError, never a crash of the compiler.
cases = [
    ("parentheses", "(" * 201 + ")" * 201),
    ("parentheses 199", "(" * 199 + "1" + ")" * 199),
    ("brackets", "[" * 300 + "]" * 300),
    ("unary minus", "-" * 7000 + "1"),
    ("unary minus 2000", "-" * 2000 + "1"),
    ("unary minus 3000", "-" * 3000 + "1"),
    ("not", "not " * 7000 + "x"),
    ("invert", "~" * 3000 + "1"),
    ("attribute chain", "x" + ".a" * 3100),
    ("attribute chain 2989", "x" + ".a" * 2989),
    ("attribute chain 2990", "x" + ".a" * 2990),
    ("sum", "+".join(["1"] * 3100)),
    ("sum 2990", "+".join(["1"] * 2990)),
    ("sum 2991", "+".join(["1"] * 2991)),
    ("subscripts", "x" + "[0]" * 3100),
    ("calls", "f" + "()" * 3100),
    ("lambdas", "lambda: " * 7000 + "1"),
    ("if-else", "1 if x else " * 7000 + "1"),
    ("power", "2" + "**2" * 7000),
    ("and", " and ".join(["x"] * 3100)),
    ("comparison", " < ".join(["x"] * 3100)),
    ("strings", " ".join(["'a'"] * 3100)),
    ("indentation", "".join(" " * i + "if x:\n" for i in range(101)) + " " * 101 + "pass\n"),
    ("for 20", "".join(" " * i + "for x in y:\n" for i in range(20)) + " " * 20 + "pass\n"),
    ("for 21", "".join(" " * i + "for x in y:\n" for i in range(21)) + " " * 21 + "pass\n"),
    ("while 21", "".join(" " * i + "while x:\n" for i in range(21)) + " " * 21 + "pass\n"),
    ("try-except 11", "".join(" " * i + "try:\n" for i in range(11)) + " " * 11 + "pass\n"
     + "".join(" " * i + "except: pass\n" for i in reversed(range(11)))),
    ("try-finally 20", "".join(" " * i + "try:\n" for i in range(20)) + " " * 20 + "pass\n"
     + "".join(" " * i + "finally: pass\n" for i in reversed(range(20)))),
    ("try-finally 21", "".join(" " * i + "try:\n" for i in range(21)) + " " * 21 + "pass\n"
     + "".join(" " * i + "finally: pass\n" for i in reversed(range(21)))),
    ("handlers 11", "".join(" " * (2 * i) + "try: pass\n" + " " * (2 * i) + "except:\n" for i in range(11))
     + " " * 22 + "pass\n"),
    ("handlers 10", "".join(" " * (2 * i) + "try: pass\n" + " " * (2 * i) + "except:\n" for i in range(10))
     + " " * 20 + "pass\n"),
    ("with 21 items", "with " + ", ".join(["a"] * 21) + ": pass\n"),
    ("with 20 items", "with " + ", ".join(["a"] * 20) + ": pass\n"),
    ("blocks in a def", "".join(" " * i + "for x in y:\n" for i in range(15)) + " " * 15 + "def f():\n"
     + "".join(" " * (16 + i) + "for x in y:\n" for i in range(15)) + " " * 31 + "pass\n"),
]
for name, src in cases:
    for mode in ("exec", "eval"):
        if mode == "eval" and "\n" in src:
            continue
        try:
            compile(src, "s", mode)
            print(name, mode, "ok")
        except SyntaxError as e:
            print(name, mode, type(e).__name__, e.msg, e.lineno)
        except (RecursionError, MemoryError) as e:
            print(name, mode, type(e).__name__, e)
