# Operands read from locals are borrowed (not counted) when nothing
# evaluated before the operation consumes them can rebind the local: only
# an assignment expression can. These rebind it on purpose; the old
# object must stay alive and be the one used.


class Tracked(list):
    def __del__(self):
        print("freed", list(self))


def subscript():
    x = Tracked([10, 20, 30])
    y = x[(x := Tracked([0, 1]))[1]]
    print("subscript", y, list(x))


def binary():
    x = Tracked([1, 2])
    y = x + (x := Tracked([3]))
    print("binary", y, list(x))


def call():
    x = Tracked([5])
    def first(a, b):
        return a
    y = first(x, (x := Tracked([6])))
    print("call", y, list(x))


def nested_walrus():
    x = Tracked([7, 8])
    y = x[[(x := Tracked([9])) for _ in range(1)][0][0] - 9]
    print("nested", y, list(x))


def deep():
    x = [1, 2, 3]
    total = x[0] + x[1] * (x[2] - (x[0] + (x[1] * (x[2] + x[0]))))
    print("deep", total)


subscript()
binary()
call()
nested_walrus()
deep()
