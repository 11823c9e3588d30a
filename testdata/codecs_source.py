# Sources given as bytes to exec, eval and compile are decoded as source
# files are (PEP 263): coding declarations, a BOM, and CPython's
# "(unicode error)" for bytes that are not UTF-8 in a token.
for src in [b'x = "\xff"\n', b'# coding: latin-1\nx = "\xe9"\n', b'# coding: nope\nx=1\n', b'\xef\xbb\xbfx=1\n',
            '# coding: latin-1\nx = "\xe9"\n', b'\xef\xbb\xbf# coding: latin-1\nx=1\n', b'# \xff\nx=1\n',
            b'x = "a\\n\xff"\n', b'x = r"ab\xff"\n', b'x = "ab\xc3\xa9\xff"\n', b'x = b"\xff"\n', b'x = f"{1}\xff"\n',
            b'x = "\xf0\x9f"\n', b'#!/bin/sh\n# vim: set fileencoding=cp1252 :\nx = "\x80"\n',
            b'# -*- coding: utf-8 -*-\nx = "\xc3\xa9"\n', b'# coding: ISO_8859_1\nx = "\xe9"\n',
            b'# coding: latin-1-unix\nx = "\xe9"\n', b'x = 1\n# coding: latin-1\ny = "\xe9"\n']:
    try:
        d = {}
        exec(src, d)
        print('ok', repr(d.get('x')))
    except SyntaxError as e:
        print(type(e).__name__, '|', e.msg, e.lineno)
try:
    compile(b'x = "\xff"\n', 'f.py', 'exec')
except SyntaxError as e:
    print(e.msg, '|', e.lineno)
try:
    eval(b'"\xff"')
except SyntaxError as e:
    print(e.msg, '|', e.lineno)
print(eval(b'# coding: latin-1\n"\xe9"'), eval(b'"\xc3\xa9"'), eval(compile(b'1+1', 'x', 'eval')))
