# _json, CPython's C module under json.decoder and json.encoder.
import _json as j

print(sorted(n for n in dir(j) if not n.startswith('__')), j.make_scanner.__name__, j.make_encoder.__name__, j.scanstring.__module__)
print(j.scanstring('"abc" x', 1), j.scanstring('a\\u00e9\\n"', 0), j.scanstring('\\ud83d\\ude00"', 0), j.scanstring('a\x01"', 0, False))


class Ctx:
    strict = True
    object_hook = None
    object_pairs_hook = None
    parse_float = float
    parse_int = int
    parse_constant = {'NaN': 'nan', 'Infinity': 'inf', '-Infinity': '-inf'}.__getitem__
    memo = {}


s = j.make_scanner(Ctx())
print(type(s).__name__, s('[1, 2.5, "x", {"a": null}] tail', 0), s('  1', 2), s('x-1e5', 1), s('"é" 1', 0))
print(s('[true, false, NaN, -Infinity, Infinity, 12345678901234567890123]', 0))
for text, idx in [('x', 0), ('', 0), ('[1,', 0), ('-', 0), ('[x]', 0), ('{"a": }', 0), ('ab', 5), ('[[[', 0)]:
    try:
        print(s(text, idx))
    except StopIteration as e:
        print('StopIteration', e.value)


class Hooks(Ctx):
    strict = False
    parse_float = staticmethod(lambda t: ('F', t))
    parse_int = staticmethod(lambda t: ('I', t))
    parse_constant = staticmethod(lambda t: ('C', t))
    object_pairs_hook = staticmethod(lambda pairs: ('P', pairs))


h = j.make_scanner(Hooks())
print(h('{"a": [1, 2.5e3, NaN], "b": "\x01"}', 0))


class ObjHook(Ctx):
    object_hook = staticmethod(lambda d: sorted(d))


print(j.make_scanner(ObjHook())('{"b": 1, "a": {"z": 0}}', 0))

e = j.make_encoder({}, lambda o: str(o), j.encode_basestring_ascii, None, ': ', ', ', True, False, True)
print(type(e).__name__, e({'b': [1, 2.0, None, True, (3,)], 'a': 'é\U0001F600', 'c': float('nan')}, 0), e(object, 0)[0][:7])
e2 = j.make_encoder(None, None, lambda s: '<' + s + '>', None, ':', ',', False, True, False)
print(e2({'k': 'v', (1,): 2, 1.5: 1, None: 2, True: 3, 7: 4}, 0))
e3 = j.make_encoder({}, None, j.encode_basestring, None, ':', ',', False, False, True)
print(e3(['é', {'x': -0.0}, 1e300, 10 ** 20, float('inf')], 0))
print(j.encode_basestring('a"\\\né\x00\x1f'), j.encode_basestring_ascii('a"é\U0001F600\x7f'))
