# bytearray and array.array shared by threads: every change is atomic, a
# memoryview export makes resizes fail with BufferError (never corrupt),
# and the final lengths add up.
import array
import threading

N, ROUNDS = 4, 300
ba = bytearray(b'seed')
arr = array.array('i', [0])
lock = threading.Lock()
delta = {'ba': 0, 'arr': 0}
errors = []


def work(k):
    mine_ba = mine_arr = 0
    for i in range(ROUNDS):
        try:
            if i % 5 == 0:
                with memoryview(ba) as m:
                    if len(m):
                        m[0] = 120
                    m.tobytes()
            ba.append(120)
            mine_ba += 1
            ba.extend(b'yz')
            mine_ba += 2
            ba[0:1] = b'x'
            if ba.pop() not in b'seedxyz':
                errors.append('pop returned a byte nobody wrote')
            mine_ba -= 1
            ba.find(b'zz')
            ba.upper()
            arr.append(k)
            mine_arr += 1
            arr.extend([k, k])
            mine_arr += 2
            arr.pop(0)
            mine_arr -= 1
            arr[0:1] = array.array('i', [k])
            if i % 7 == 0:
                memoryview(arr).tolist()
        except BufferError:
            # Only a live memoryview stops a resize; it changed nothing.
            pass
        except Exception as e:
            errors.append(repr(e))
    with lock:
        delta['ba'] += mine_ba
        delta['arr'] += mine_arr


threads = [threading.Thread(target=work, args=(k,)) for k in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert not errors, errors[:3]
assert set(ba) <= set(b'seedxyz'), set(ba)
assert len(ba) == 4 + delta['ba'], (len(ba), delta)
assert len(arr) == 1 + delta['arr'], (len(arr), delta)
assert all(0 <= x < N for x in arr[1:])
print('ok')
