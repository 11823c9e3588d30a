# Bytes-like arguments (bytearray, memoryview, array) of the C modules,
# and subprocess with piped input (the child once inherited errpipe_write).
import os, struct, hashlib, zlib, binascii, array
r, w = os.pipe()
print(os.write(w, memoryview(b"abcdef")[1:4]), os.write(w, bytearray(b"XY")), os.write(w, array.array("b", [65, 66])))
print(os.read(r, 100))
ba = bytearray(8)
struct.pack_into("<hi", ba, 1, 7, -1)
print(ba)
mv = memoryview(bytearray(6))
struct.pack_into(">H", mv, 2, 513)
print(mv.tobytes())
print(hashlib.sha1(memoryview(b"abc")).hexdigest(), hashlib.md5(bytearray(b"x")).hexdigest())
print(zlib.crc32(memoryview(b"hello")), zlib.decompress(zlib.compress(b"zz"), zdict=bytearray(b"q")) if False else "")
print(binascii.hexlify(b"\x01\x02", b"-"), binascii.b2a_base64(memoryview(b"hi")))
try:
    binascii.hexlify(b"\x01\x02", bytearray(b"-"))
except TypeError as e:
    print(e)
print(struct.unpack("<h", memoryview(b"\x01\x02")), struct.pack("3s", bytearray(b"ab")))
try:
    struct.pack("3s", memoryview(b"ab"))
except struct.error as e:
    print(e)
try:
    os.write(w, "str")
except TypeError as e:
    print(e)
try:
    struct.pack_into("b", b"abc", 0, 1)
except TypeError as e:
    print(e)
import subprocess
print(subprocess.check_output(["cat"], input=b"piped"))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
print(p.communicate("line1\nline2\n", timeout=10), p.returncode)
