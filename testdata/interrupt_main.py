# _thread.interrupt_main: the main thread acts as if the signal had
# arrived (its Python handler runs; SIGINT's default raises
# KeyboardInterrupt; SIG_IGN and SIG_DFL do nothing).
import _thread
import signal
import threading
import time

try:
    _thread.interrupt_main()
    for i in range(10**6):
        pass
except KeyboardInterrupt:
    print("KeyboardInterrupt")

got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
_thread.interrupt_main(signal.SIGUSR1)
for i in range(1000):
    pass
print(got == [signal.SIGUSR1])

signal.signal(signal.SIGUSR1, signal.SIG_IGN)
_thread.interrupt_main(signal.SIGUSR1)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
_thread.interrupt_main(signal.SIGUSR1)
print("ignored")

# From another thread, while the main thread sleeps.
try:
    threading.Timer(0.05, _thread.interrupt_main).start()
    time.sleep(5)
    print("not interrupted")
except KeyboardInterrupt:
    print("KeyboardInterrupt in sleep")

for bad in (0, -1, 65, 1000):
    try:
        _thread.interrupt_main(bad)
    except ValueError as e:
        print("ValueError:", e)
