# except* and exception groups shared by threads: each thread raises its
# own groups of shared leaves and splits one shared group, while the
# shared group and leaves stay as they were (split copies the notes
# list; derived groups share the leaves and the group's metadata).
import threading

leaves = [ValueError(i) for i in range(4)] + [TypeError(i) for i in range(4)] + [KeyError(i) for i in range(4)]
try:
    raise ExceptionGroup("shared", [ExceptionGroup("inner", leaves[:6]), *leaves[6:]])
except ExceptionGroup as e:
    shared = e
shared.add_note("shared note")
errors = []

def leaves_of(g):
    if isinstance(g, BaseExceptionGroup):
        return [x for e in g.exceptions for x in leaves_of(e)]
    return [g]

def work(k):
    try:
        for i in range(200):
            own = ExceptionGroup("own", [ExceptionGroup("inner", leaves[:6]), *leaves[6:]])
            try:
                try:
                    raise own
                except* ValueError as v:
                    assert leaves_of(v) == leaves[:4]
                    v.add_note(f"thread {k}")
                    assert v.__notes__ == [f"thread {k}"] and not hasattr(own, "__notes__")
                except* TypeError:
                    raise
                except* KeyError as kerr:
                    raise RuntimeError(k) from kerr
            except ExceptionGroup as g:
                raised, reraised = g.exceptions
                assert isinstance(raised, RuntimeError) and raised.args == (k,)
                assert leaves_of(raised.__cause__) == leaves[8:]
                assert reraised.__traceback__ is own.__traceback__
                assert leaves_of(reraised) == leaves[4:8]
            else:
                raise AssertionError("nothing raised")
            m, r = shared.split(TypeError)
            assert m.__notes__ == ["shared note"] and m.__notes__ is not shared.__notes__
            m.add_note(str(k))
            assert leaves_of(m) == leaves[4:8] and leaves_of(r) == leaves[:4] + leaves[8:]
            assert shared.subgroup(lambda e: True) is shared
    except Exception as e:
        errors.append(repr(e))

threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors
assert shared.__notes__ == ["shared note"]
