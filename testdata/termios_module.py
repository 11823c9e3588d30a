# termios (Modules/termios.c): the constants, argument checks and the
# errors on descriptors that are not terminals; tty and pty import it.
# ftpy_termios_pty.py checks the calls on a real pseudo-terminal.
import os
import termios
import tty
import pty

names = sorted(n for n in dir(termios) if n[0].isupper())
print(len(names))
for n in names:
    print(n, getattr(termios, n))
print(sorted(n for n in dir(termios) if not n[0].isupper() and not n.startswith("__")))
print(termios.error.__module__, termios.error.__mro__)


def show(f, *a):
    try:
        print("ok", f(*a))
    except Exception as e:
        print(type(e).__name__, e, e.args)


r, w = os.pipe()
with open(os.devnull) as null:
    for fd in (r, null, null.fileno()):
        show(termios.tcgetattr, fd)
        show(termios.tcdrain, fd)
        show(termios.tcflush, fd, termios.TCIFLUSH)
        show(termios.tcflow, fd, termios.TCOON)
        show(termios.tcsendbreak, fd, 0)
        show(termios.tcgetwinsize, fd)
        show(termios.tcsetwinsize, fd, (24, 80))
        show(termios.tcsetattr, fd, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b"\x00"] * 32])
show(termios.tcgetattr, "x")
show(termios.tcgetattr)
show(termios.tcsetattr, r, 0, [1, 2])
show(termios.tcsetattr, r, 0, 5)
show(termios.tcsetattr, r, "a", [])
show(termios.tcsetwinsize, r, 5)
show(termios.tcsetwinsize, r, (1,))
os.close(r)
os.close(w)
show(termios.tcgetattr, r)
try:
    tty.setraw(w)
except termios.error as e:
    print("tty.setraw:", e.args)
print(tty.IFLAG, tty.CC, pty.STDIN_FILENO, pty.CHILD)
