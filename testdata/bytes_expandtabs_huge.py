# bytes/bytearray.expandtabs checks the whole expanded size before
# building it: many tabs at a huge tab size raise MemoryError at once
# instead of filling memory until the process is killed.
for cls in (bytes, bytearray):
    try:
        (cls(b"\t") * 1000).expandtabs(2**31 - 1)
    except MemoryError:
        print(cls.__name__, "MemoryError")
    print(cls(b"a\tb\r\tc\n\td").expandtabs(4), cls(b"\t\t").expandtabs(0), cls(b"ab\t").expandtabs(-3))
    try:
        cls(b"\t").expandtabs(2**31)
    except OverflowError as e:
        print("OverflowError", e)
