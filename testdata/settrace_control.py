# sys.settrace: what the trace function controls. The local trace
# function, f_trace_lines, a trace function that raises, f_trace set on a
# running frame, tracing disabled inside the trace function, and threads.
import sys
import threading

log = []


def rel(frame):
    return frame.f_lineno - frame.f_code.co_firstlineno


def show(title):
    print(title)
    for e in log:
        print("  ", e)
    log.clear()


def target():
    a = 1
    b = 2
    return a + b


# The global function's result is the local one; a local function that
# returns None keeps tracing (CPython 3.11 keeps f_trace).
def local_none(frame, event, arg):
    log.append(("local", event, rel(frame)))


def global_fn(frame, event, arg):
    log.append(("global", event, frame.f_code.co_name))
    if frame.f_code.co_name == "target":
        return local_none
    return None


sys.settrace(global_fn)
target()
sys.settrace(None)
show("local returning None")


# f_trace_lines = False: no 'line' events, 'return' still.
def no_lines(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    frame.f_trace_lines = False
    log.append((event, rel(frame)))
    return no_lines


sys.settrace(no_lines)
target()
sys.settrace(None)
show("f_trace_lines False")


# f_trace_opcodes: 'opcode' events come (how many depends on the bytecode).
def opcodes(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    frame.f_trace_opcodes = True
    if event != "opcode" or not log or log[-1][0] != "opcode":
        log.append((event, rel(frame)))
    return opcodes


sys.settrace(opcodes)
target()
sys.settrace(None)
show("f_trace_opcodes")


# A trace function that raises is unset, and its exception propagates
# from the traced code.
def raising(frame, event, arg):
    if frame.f_code.co_name != "target":
        return None
    log.append((event, rel(frame)))
    if event == "line" and rel(frame) == 2:
        raise RuntimeError("from the tracer")
    return raising


sys.settrace(raising)
try:
    target()
except RuntimeError as e:
    log.append(("caught", str(e)))
log.append(("gettrace", sys.gettrace()))
sys.settrace(None)
show("raising tracer")


# Nothing is traced while the trace function runs, calls included.
def helper():
    return 1


def calls_helper(frame, event, arg):
    helper()
    log.append((event, frame.f_code.co_name))
    return calls_helper


sys.settrace(calls_helper)
target()
sys.settrace(None)
show("no tracing inside the tracer")


# f_trace set on the running frame, then settrace: the lines after it
# are traced (what bdb.set_trace does).
def mid(frame, event, arg):
    log.append((event, frame.f_code.co_name, rel(frame)))
    return mid


def starts_tracing():
    x = 1
    sys._getframe().f_trace = mid
    sys.settrace(mid)
    y = 2
    z = 3
    sys.settrace(None)
    return x


starts_tracing()
show("f_trace set on a running frame")


# Setting the trace in a callee traces the caller's remaining lines
# through f_trace set on the caller's frame.
def set_up():
    frame = sys._getframe(1)
    frame.f_trace = mid
    sys.settrace(mid)


def caller():
    a = 1
    set_up()
    b = 2
    sys.settrace(None)
    return a


caller()
show("f_trace set on the caller")


# Per thread: a thread's trace function does not trace other threads;
# threading.settrace applies to threads started after it.
def thread_tracer(frame, event, arg):
    if event == "call":
        log.append((threading.current_thread().name, frame.f_code.co_name))
    return None


def work():
    target()


def traced_thread():
    sys.settrace(thread_tracer)
    work()
    sys.settrace(None)


t = threading.Thread(target=traced_thread, name="T1")
t.start()
t.join()
work()  # untraced here
threading.settrace(thread_tracer)
t = threading.Thread(target=work, name="T2")
t.start()
t.join()
threading.settrace(None)
print(sys.gettrace())
log.sort()
show("threads")
