# json: dumps formatting and loads results, as python3 prints them.
import json

data = {"name": "ftpy", "version": 3.11, "tags": ["a", "b"], "ok": True, "none": None,
        "n": -42, "big": 2**70, "f": 1e22, "small": 1.5e-7, "neg0": -0.0, "t": (1, 2)}
print(json.dumps(data))
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, indent="\t"))
print(json.dumps([1, [2, [3, {}], []], {"a": {}}], indent=0))
print(json.dumps({"a": [1, 2]}, separators=(",", ":")))
print(json.dumps({"a": [1, 2]}, indent=4, separators=(", ", " = ")))
print(json.dumps([0.1, 0.2 + 0.1, 1/3, 1e16, 123456789.0, 1e-5, 5e-324, float("inf"), float("-inf"), float("nan")]))
print(json.dumps("plain"), json.dumps(""), json.dumps(None), json.dumps(True), json.dumps(17), json.dumps(2.0))
print(json.dumps("quote\" back\\ slash/ \n\r\t\b\f \x00\x1f\x7f"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \u2028"))
print(json.dumps("caf\u00e9 \u20ac \U0001f600 \x7f\x01", ensure_ascii=False))
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n"}))
print(json.dumps({(1, 2): "skip", "k": 1}, skipkeys=True))
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True, indent=1))
print(json.dumps(float("nan"), allow_nan=True))
print(json.dumps({1, 2}, default=sorted))
print(json.dumps({"s": {3, 1, 2}}, default=lambda o: sorted(o)))

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)

print(json.dumps([Point(1, 2), Point(3, 4)], cls=PointEncoder))
print(PointEncoder(indent=2).encode({"p": Point(0, 0)}))
print(json.JSONEncoder(sort_keys=True).encode({"b": 1, "a": [None]}))

class MyInt(int):
    pass

class MyDict(dict):
    pass

print(json.dumps([MyInt(5), MyDict(a=1), (), [], {}]))

# loads
for s in ['{"a": [1, 2.5, "x", true, false, null]}', '  [ ]  ', '{}', '"\\u00e9\\n\\t\\"\\\\\\/"',
          '"\\ud834\\udd1e"', '-0', '-0.0', '1e5', '1E+2', '2.5e-3', '12345678901234567890123',
          'NaN', 'Infinity', '-Infinity', '[1, [2, [3, [4]]]]', '{"a": {"b": {"c": null}}}',
          '{"k": 1, "k": 2}', '"caf\u00e9"', '\n\t[1,\r\n2]\n', '0', '-12', '3.0']:
    v = json.loads(s)
    print(repr(s), "->", repr(v), type(v).__name__)
print(json.loads(b'{"bytes": [1]}'))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"a": 1, "b": [{"c": 2}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=lambda pairs: pairs))
print(json.loads('[NaN]', parse_constant=lambda c: "const:" + c))
print(json.JSONDecoder().decode('[1, 2]'), json.JSONDecoder().raw_decode('{"a": 1} tail'))
print(json.loads('"a\tb"', strict=False))

# Round trips.
obj = {"list": [1, 2.5, "three", None, True], "nested": {"x": [{"y": []}]}, "uni": "\u00fc\u00f1\u00ee"}
for kw in [{}, {"indent": 2}, {"ensure_ascii": False}, {"sort_keys": True, "separators": (",", ":")}]:
    assert json.loads(json.dumps(obj, **kw)) == obj
print("round trips ok")

# JSONDecodeError
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print(type(e).__name__, isinstance(e, ValueError), e.msg, e.pos, e.lineno, e.colno)
    print(str(e))
try:
    json.loads('[1,\n 2,\n x]')
except ValueError as e:
    print(e, e.lineno, e.colno, e.doc == '[1,\n 2,\n x]')
try:
    json.loads("")
except json.JSONDecodeError as e:
    print(e)
for bad in ['x', '[1,]', '{"a" 1}', '{1:2}', '[1 2]', '"abc', '"a\\qb"', '"\\u12"', '"a\x01"', '01', '1.',
            '-', '[', '{', '{"a":', '"\\', 'nul', '[1,2', '{"a":1', '[1]\n  x', '\ufeff[]', '"\u00e9\u00e9" x']:
    try:
        json.loads(bad)
        print(repr(bad), "no error")
    except json.JSONDecodeError as e:
        print(repr(bad), e)
print(json.JSONDecodeError.__name__, json.JSONDecodeError.__module__)
print(sorted(n for n in json.__all__))
