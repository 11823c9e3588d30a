# break, continue and return in a finally body that a return runs: the
# return value waiting below the finally body is dropped.
def g1(x):
    count = 0
    while count < 100:
        count += 1
        try:
            return count
        finally:
            if x:
                continue
    return 'end', count
print(g1(False), g1(True))
def g2(x):
    for count in [0, 1]:
        try:
            return count
        finally:
            if x:
                continue
    return 'end', count
print(g2(False), g2(True))
def g3(x):
    for count in [0, 1]:
        try:
            return count
        finally:
            if x:
                break
    return 'end', count
print(g3(False), g3(True))
def g4():
    try:
        return 1
    finally:
        return 2
print(g4())
def g5():
    for i in range(3):
        try:
            try:
                return i
            finally:
                for j in range(2):
                    if j: break
        finally:
            if i < 2:
                continue
    return "done"
print(g5())
def g6():
    with open(__file__) as f:
        try:
            return 1
        finally:
            for x in [1]:
                try:
                    return 5
                finally:
                    pass
print(g6())
