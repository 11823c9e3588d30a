# The 3.11 limit on int<->str conversions in decimal: str, repr, format,
# %-formatting and int() of long strings, sys.get/set_int_max_str_digits.
import sys

print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits,
      sys.int_info.str_digits_check_threshold, sys.flags.int_max_str_digits)


def attempt(f):
    try:
        r = f()
        return len(r) if isinstance(r, str) else r.bit_length()
    except ValueError as e:
        return "ValueError: %s" % e


big = 10**5000
conversions = [
    lambda: str(big), lambda: repr(-big), lambda: format(big, "d"), lambda: "%d" % big,
    lambda: f"{big:,}", lambda: format(big, "x"), lambda: hex(big), lambda: str(10**4299),
    lambda: int("1" * 5000), lambda: int("1" * 4300), lambda: int("0x" + "f" * 5000, 16),
    lambda: int(b"9" * 4301), lambda: int("1" * 5000, 8),
]
for f in conversions:
    print(attempt(f))
sys.set_int_max_str_digits(0)
print(sys.get_int_max_str_digits(), [attempt(f) for f in conversions[:5]])
sys.set_int_max_str_digits(maxdigits=700)
print(sys.get_int_max_str_digits(), attempt(lambda: str(10**700)), attempt(lambda: str(10**699)))
for args, kw in [((5,), {}), ((), {}), (("x",), {}), ((2**40,), {}), ((700, 1), {}), ((-1,), {})]:
    try:
        sys.set_int_max_str_digits(*args, **kw)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.get_int_max_str_digits(1)
except TypeError as e:
    print("TypeError:", e)
sys.set_int_max_str_digits(4300)
