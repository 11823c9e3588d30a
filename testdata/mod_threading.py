# threading: threads, locks, conditions, semaphores, events, barriers,
# timers, excepthook. Output never depends on scheduling.
import threading
import _thread

# --- module surface
print(sorted(threading.__all__))
print(threading.ThreadError is RuntimeError, threading.local is _thread._local)
print(threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, type(threading.TIMEOUT_MAX).__name__)
print(threading.get_ident() == _thread.get_ident(), type(threading.get_native_id()).__name__)
main = threading.main_thread()
print(main.name, main.daemon, main.is_alive(), main is threading.current_thread())
print(main.ident == threading.get_ident(), type(main).__name__)
print(repr(main).startswith("<_MainThread(MainThread, started "))
print(threading.active_count(), threading.enumerate() == [main])
# Each section runs in a function: its variables are locals, so the main
# thread adds no module globals while other threads read them (ftpy's dicts
# are not yet safe for an insertion racing a lookup).

results = []
def f(x, y=0):
    results.append(x + y)

# --- Thread basics
def section_0():
    t = threading.Thread(target=f, args=(1,), kwargs={"y": 2})
    print(t.name, repr(t), t.ident, t.native_id, t.daemon, t.is_alive())
    t.start()
    t.join()
    print(results, t.is_alive(), repr(t).startswith("<Thread(Thread-1 (f), stopped "))
    print(type(t.ident).__name__, type(t.native_id).__name__, t.ident != main.ident)
    t.join()  # joining again is fine
    t.join(0)
    print(threading.Thread().name, threading.Thread(target=print).name)
    print(threading.Thread(name="worker").name, threading.Thread(name=5).name)
    print(threading.Thread(target=lambda: None).name)
    class CallableObj:
        def __call__(self):
            pass
    print(threading.Thread(target=CallableObj()).name)
    t = threading.Thread(target=f, args=(5,), name="")
    print(t.name)
    t.name = "renamed"
    print(t.name)
    t.name = "again"
    print(t.name)
    d = threading.Thread(target=f, args=(1,), daemon=True)
    print(d.daemon, repr(d))
    d.daemon = False
    print(d.daemon)
section_0()

# --- daemon status is inherited from the creating thread
def section_1():
    inherited = []
    def make_child():
        inherited.append(threading.Thread(target=f, args=(0,)).daemon)
    for flag in (True, False):
        p = threading.Thread(target=make_child, daemon=flag)
        p.start()
        p.join()
    print(inherited)
section_1()

# --- current_thread inside a thread, and the Thread-N numbering
def section_2():
    # (Shared lists and dicts are updated under a lock: ftpy's containers are
    # not yet safe for unsynchronised concurrent mutation.)
    seen = {}
    seen_lock = threading.Lock()
    def who():
        me = threading.current_thread()
        entry = (me.ident == threading.get_ident(), me.is_alive(),
                 me in threading.enumerate())
        with seen_lock:
            seen[me.name] = entry
    threads = [threading.Thread(target=who) for _ in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print(sorted(seen.items()))
    print(threading.active_count(), threading.enumerate() == [main])
section_2()

# --- subclassing with run()
def section_3():
    class Worker(threading.Thread):
        def __init__(self, n):
            super().__init__(name="worker-%d" % n)
            self.n = n
            self.out = None
        def run(self):
            self.out = sum(range(self.n))
    ws = [Worker(n) for n in (10, 100, 1000)]
    for w in ws:
        w.start()
    for w in ws:
        w.join()
    print([(w.name, w.out) for w in ws])
section_3()

# --- 8 threads each filling their own list in parallel
def section_4():
    lists = [[] for _ in range(8)]
    def fill(lst, k):
        for i in range(1000):
            lst.append(i * k)
    ts = [threading.Thread(target=fill, args=(lists[k], k)) for k in range(8)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print([len(l) for l in lists], [sum(l) for l in lists])
section_4()

# --- lock-protected shared counter: 4 threads x 1000
def section_5():
    counter = 0
    lock = threading.Lock()
    def bump():
        nonlocal counter
        for _ in range(1000):
            with lock:
                counter += 1
    ts = [threading.Thread(target=bump) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(counter)
section_5()

# --- RLock
def section_6():
    rl = threading.RLock()
    with rl:
        with rl:
            print(rl._is_owned())
    print(rl._is_owned(), rl.acquire(False))
    rl.release()
    rl_seen = []
    def try_other():
        rl_seen.append(rl.acquire(False))
    with rl:
        t = threading.Thread(target=try_other)
        t.start()
        t.join()
    print(rl_seen)
section_6()

# --- Lock
def section_7():
    lk = threading.Lock()
    print(lk.acquire(), lk.locked(), lk.acquire(False), lk.acquire(True, 0.01))
    lk.release()
    print(lk.locked())
    # any thread may release a Lock
    lk.acquire()
    t = threading.Thread(target=lk.release)
    t.start()
    t.join()
    print(lk.locked())
section_7()

# --- Event
def section_8():
    ev = threading.Event()
    print(ev.is_set(), ev.wait(0), ev.wait(0.01), repr(ev).endswith(": unset>"))
    go = threading.Event()
    done = []
    done_lock = threading.Lock()
    def waiter(i):
        go.wait()
        with done_lock:
            done.append(i)
    ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
    for t in ts:
        t.start()
    print(done)
    go.set()
    for t in ts:
        t.join()
    print(sorted(done), go.is_set(), go.wait(), repr(go).endswith(": set>"))
    go.clear()
    print(go.is_set(), repr(go).startswith("<threading.Event at 0x"))
section_8()

# --- Condition ping-pong
def section_9():
    cond = threading.Condition()
    turn = ["ping"]
    log = []
    def player(me, other):
        for _ in range(5):
            with cond:
                cond.wait_for(lambda: turn[0] == me)
                log.append(me)
                turn[0] = other
                cond.notify_all()
    a = threading.Thread(target=player, args=("ping", "pong"))
    b = threading.Thread(target=player, args=("pong", "ping"))
    a.start(); b.start(); a.join(); b.join()
    print(log)
    with cond:
        print(cond.wait(0), cond.wait(0.01), cond.wait_for(lambda: 0, 0.01), cond.wait_for(lambda: 7))
        cond.notify(); cond.notify_all(); cond.notify(3)
    print(repr(cond).startswith("<Condition(<"), repr(cond).endswith(", 0)>"))

    # Condition over a plain Lock, notify(n) wakes n waiters
    c2 = threading.Condition(threading.Lock())
    ready = [0]
    woken = []
    def cwait(i):
        with c2:
            ready[0] += 1
            c2.notify_all()
            c2.wait()
            woken.append(i)
    ts = [threading.Thread(target=cwait, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    with c2:
        c2.wait_for(lambda: ready[0] == 4)
        c2.notify(2)
    with c2:
        c2.notify_all()
    for t in ts:
        t.join()
    print(sorted(woken))
section_9()

# --- Semaphore
def section_10():
    sem = threading.Semaphore(2)
    print(sem.acquire(), sem.acquire(), sem.acquire(False), sem.acquire(timeout=0.01))
    sem.release(2)
    print(repr(sem).endswith("value=2>"), repr(sem).startswith("<threading.Semaphore at 0x"))
    with sem:
        print(repr(sem).endswith("value=1>"))
    bs = threading.BoundedSemaphore(3)
    bs.acquire()
    print(repr(bs).endswith("value=2/3>"))
    bs.release()
    print(threading.Semaphore(0).acquire(False))
    # Semaphore limits concurrency: at most 2 inside at once
    limit = threading.Semaphore(2)
    inside = [0]
    peak = [0]
    plock = threading.Lock()
    def limited():
        for _ in range(50):
            with limit:
                with plock:
                    inside[0] += 1
                    peak[0] = max(peak[0], inside[0])
                with plock:
                    inside[0] -= 1
    ts = [threading.Thread(target=limited) for _ in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(peak[0] <= 2, inside[0])
section_10()

# --- Barrier with 4 parties
def section_11():
    actions = []
    bar = threading.Barrier(4, action=lambda: actions.append("all here"))
    print(bar.parties, bar.n_waiting, bar.broken, repr(bar).endswith("waiters=0/4>"))
    indices = []
    ilock = threading.Lock()
    def cross():
        for _ in range(3):
            i = bar.wait()
            with ilock:
                indices.append(i)
    ts = [threading.Thread(target=cross) for _ in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(sorted(indices), actions)
    bar2 = threading.Barrier(2, timeout=0.01)
    try:
        bar2.wait()
    except threading.BrokenBarrierError as e:
        print("broken", repr(e), bar2.broken, repr(bar2).endswith(": broken>"))
    bar2.reset()
    print(bar2.broken, bar2.n_waiting)
    bar3 = threading.Barrier(3)
    errs = []
    started = threading.Event()
    def w3():
        try:
            bar3.wait()
        except threading.BrokenBarrierError:
            errs.append("broken")
    t = threading.Thread(target=w3)
    t.start()
    while bar3.n_waiting != 1:
        started.wait(0.001)
    bar3.abort()
    t.join()
    print(errs, bar3.broken, issubclass(threading.BrokenBarrierError, RuntimeError))
section_11()

# --- Timer
def section_12():
    fired = []
    tm = threading.Timer(0.01, fired.append, args=("fired",))
    print(tm.name.startswith("Thread-"), repr(tm).startswith("<Timer(Thread-"))
    tm.start()
    tm.join()
    tm2 = threading.Timer(10, fired.append, args=("never",))
    tm2.start()
    tm2.cancel()
    tm2.join()
    tm3 = threading.Timer(0, lambda **kw: fired.append(kw), kwargs={"k": 1})
    tm3.start()
    tm3.join()
    print(fired)
section_12()

# --- local
def section_13():
    loc = threading.local()
    loc.x = "main"
    vals = []
    vals_lock = threading.Lock()
    def use_local(i):
        had = hasattr(loc, "x")
        loc.x = i
        with vals_lock:
            vals.append(had)
            vals.append(loc.x == i)
    ts = [threading.Thread(target=use_local, args=(i,)) for i in range(3)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print(vals, loc.x)
section_13()

# --- excepthook
def section_14():
    caught = []
    def hook(args):
        caught.append((args.exc_type.__name__, str(args.exc_value),
                       args.exc_traceback is not None, args.thread.name))
    old = threading.excepthook
    threading.excepthook = hook
    def boom():
        raise ValueError("boom")
    t = threading.Thread(target=boom, name="boomer")
    t.start()
    t.join()
    def leave():
        raise SystemExit(3)
    t = threading.Thread(target=leave, name="leaver")
    t.start()
    t.join()
    threading.excepthook = old
    print(caught, t.is_alive())
    print(threading.excepthook is threading.__excepthook__)
    a = threading.ExceptHookArgs([1, 2, 3, 4])
    print(a.exc_type, a.exc_value, a.exc_traceback, a.thread)
section_14()

# --- a thread started by _thread gets a dummy Thread object
def section_15():
    dummy = []
    fin = threading.Event()
    def raw():
        ct = threading.current_thread()
        dummy.append((type(ct).__name__, ct.name.startswith("Dummy-"), ct.daemon, ct.is_alive()))
        fin.set()
    _thread.start_new_thread(raw, ())
    fin.wait()
    print(dummy)
section_15()

# --- settrace/setprofile are accepted
def section_16():
    threading.settrace(None)
    threading.setprofile(None)
    print(threading.gettrace(), threading.getprofile())
    print(threading.active_count() >= 1)
section_16()
