# The errno module: every name with its value, and errorcode.
import errno

names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names))
for n in names:
    print(n, getattr(errno, n), errno.errorcode[getattr(errno, n)])
print(len(errno.errorcode), sorted(errno.errorcode.items()) == sorted(errno.errorcode.items()))
print(all(type(k) is int and type(v) is str for k, v in errno.errorcode.items()))
print(errno.errorcode[errno.EWOULDBLOCK], errno.errorcode[errno.EDEADLK], errno.errorcode[errno.EOPNOTSUPP])
