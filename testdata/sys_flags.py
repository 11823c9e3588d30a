# sys.flags is a struct sequence with CPython 3.11's fields in order.
import sys
f = sys.flags
print(type(f).__name__, len(f), f.n_sequence_fields if hasattr(f, 'n_sequence_fields') else type(f).n_sequence_fields)
print(f.warn_default_encoding, f.dev_mode, f.safe_path, f.inspect, f.verbose)
print(type(f.dev_mode).__name__, type(f.safe_path).__name__)
import subprocess
print(subprocess._args_from_interpreter_flags())
try:
    f.debug = 1
except AttributeError as e:
    print("AttributeError")
