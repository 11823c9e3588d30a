# termios on a pseudo-terminal (opened through /dev/ptmx with the Linux
# ioctls, as os.openpty is not in ftpy yet): attributes read back as set,
# tty.setraw's changes, the window size, and the flush/drain calls.
# Passes under python3 too; skipped where no pty can be opened.
import fcntl
import os
import struct
import termios
import tty

TIOCSPTLCK, TIOCGPTN = 0x40045431, 0x80045430
try:
    master = os.open("/dev/ptmx", os.O_RDWR | os.O_NOCTTY)
    fcntl.ioctl(master, TIOCSPTLCK, struct.pack("i", 0))
    n = struct.unpack("i", fcntl.ioctl(master, TIOCGPTN, b"\0" * 4))[0]
    slave = os.open("/dev/pts/%d" % n, os.O_RDWR | os.O_NOCTTY)
except OSError:
    master = None
if master is not None:
    attrs = termios.tcgetattr(slave)
    assert len(attrs) == 7 and len(attrs[6]) == termios.NCCS == 32, attrs
    assert all(isinstance(x, int) for x in attrs[:6]), attrs
    assert attrs[3] & termios.ICANON and all(isinstance(c, bytes) and len(c) == 1 for c in attrs[6]), attrs
    assert attrs[6][termios.VINTR] == b"\x03", attrs[6]
    assert attrs[4] == attrs[5] == attrs[2] & (termios.CBAUD | termios.CBAUDEX), attrs

    # Round trip with a changed flag and speed.
    new = list(attrs)
    new[3] &= ~termios.ECHO
    new[4] = new[5] = termios.B9600
    new[6] = list(attrs[6])
    new[6][termios.VINTR] = b"\x01"
    termios.tcsetattr(slave, termios.TCSANOW, new)
    got = termios.tcgetattr(slave)
    assert got[3] & termios.ECHO == 0 and got[4] == got[5] == termios.B9600, got
    assert got[6][termios.VINTR] == b"\x01", got[6]
    termios.tcsetattr(slave, termios.TCSADRAIN, attrs)
    assert termios.tcgetattr(slave) == attrs

    # Raw mode: VMIN and VTIME read back as ints.
    tty.setraw(slave)
    raw = termios.tcgetattr(slave)
    assert raw[3] & (termios.ICANON | termios.ECHO) == 0, raw
    assert raw[6][termios.VMIN] == 1 and raw[6][termios.VTIME] == 0, raw[6]
    termios.tcsetattr(slave, termios.TCSAFLUSH, raw)
    assert termios.tcgetattr(slave) == raw
    termios.tcsetattr(slave, termios.TCSANOW, attrs)

    assert termios.tcgetwinsize(slave) == (0, 0)
    termios.tcsetwinsize(slave, [24, 80])
    assert termios.tcgetwinsize(master) == (24, 80)
    for bad in [(-1, 5), (1 << 16, 5)]:
        try:
            termios.tcsetwinsize(slave, bad)
        except OverflowError as e:
            assert str(e) == "winsize value(s) out of range.", e
        else:
            raise AssertionError(bad)

    termios.tcflush(slave, termios.TCIOFLUSH)
    termios.tcflow(slave, termios.TCOON)
    termios.tcdrain(slave)
    termios.tcsendbreak(slave, 0)
    for f, a in [(termios.tcflush, 99), (termios.tcflow, 99)]:
        try:
            f(slave, a)
        except termios.error as e:
            assert e.args == (22, "Invalid argument"), e.args
        else:
            raise AssertionError(f)
    try:
        termios.tcsetattr(slave, 99, attrs)
    except termios.error as e:
        assert e.args == (22, "Invalid argument"), e.args
    bad = list(attrs)
    bad[6] = [1.0] * 32
    try:
        termios.tcsetattr(slave, termios.TCSANOW, bad)
    except TypeError as e:
        assert str(e) == "tcsetattr: elements of attributes must be characters or integers", e
    bad[6] = [b"\x00"]
    try:
        termios.tcsetattr(slave, termios.TCSANOW, bad)
    except TypeError as e:
        assert str(e) == "tcsetattr: attributes[6] must be 32 element list", e

    # Bytes written to the master arrive at the slave in raw mode.
    tty.setraw(slave)
    os.write(master, b"hi")
    assert os.read(slave, 2) == b"hi"
    os.close(slave)
    os.close(master)
