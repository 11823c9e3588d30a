# platform parses sys.version: ftpy's must have CPython's shape, so that
# platform.python_implementation() and friends (test.libregrtest calls
# them) work.
import platform, sys
print(platform.python_implementation())
print(platform.python_version_tuple()[:2])
print(type(platform.python_build()), type(platform.python_compiler()))
